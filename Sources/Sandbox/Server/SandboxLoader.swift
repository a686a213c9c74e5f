/// Loads the import file and the demo data a configuration asks for, each in one write transaction.
enum SandboxLoader {
    static func load(_ configuration: SandboxConfiguration, into store: SandboxStore) async throws -> SandboxLoadReport {
        var report = SandboxLoadReport()
        let clock = ContinuousClock()
        if let path = configuration.importFile {
            let start = clock.now
            let file = try OBPImporter.decode(path: path)
            let summary = try await store.write { db in
                let summary = try OBPImporter.load(file, into: db)
                try TransactionPositions.assign(db)
                return summary
            }
            report.importedBanks = summary.banks
            report.importedUsers = summary.users
            report.importedAccounts = summary.accounts
            report.importedTransactions = summary.transactions
            report.importSeconds = (clock.now - start).seconds
        }
        if let count = configuration.generate {
            let start = clock.now
            report.generatedTransactions = try await store.write { db in
                let generated = try DemoData.generate(transactions: count, into: db)
                try TransactionPositions.assign(db)
                return generated
            }
            report.generateSeconds = (clock.now - start).seconds
        }
        try await store.write { db in try SandboxAdmin.seed(db) }
        return report
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
