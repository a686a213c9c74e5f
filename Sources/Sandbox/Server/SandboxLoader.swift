/// Loads the import file and the demo data a configuration asks for, each in one write transaction.
enum SandboxLoader {
    static let bulkCacheKiB = 524_288

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
                // Transaction ids are random, so every insert lands somewhere else in the primary key's tree: with
                // the usual 32 MB cache, a million rows (~250 MB of table) spill to the WAL and are read back
                // again and again. The cache holds them for the load; memory is only used as the table grows.
                try db.execute(sql: "PRAGMA cache_size = -\(SandboxLoader.bulkCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -\(SandboxStore.cacheKiB)") }
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
