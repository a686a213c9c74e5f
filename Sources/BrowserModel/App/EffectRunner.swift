import BankKit
import Foundation
import Synchronization

/// Does the work effects ask for, against the provider and the disk, and answers with actions.
/// Runs on any thread; holds nothing the UI thread touches.
public struct EffectRunner: Sendable {
    public let provider: any BankProvider
    public let draftStore: DraftStore?
    private let draftWriter = DraftWriter()
    private let interner = TransactionInterner()

    public init(provider: any BankProvider, draftStore: DraftStore?) {
        self.provider = provider
        self.draftStore = draftStore
    }

    /// The actions that report `effect`'s outcome. `sequence` orders draft saves: an older snapshot that
    /// finishes late is not written over a newer one.
    public func run(_ effect: Effect, sequence: Int) async -> [Action] {
        switch effect {
        case .loadUser:
            return await withStatus(.userLoaded(await result { try await provider.currentUser() }))
        case .loadBanks:
            return await withStatus(.banksLoaded(await result { try await provider.banks() }))
        case .loadAccounts(let bankID, let generation):
            let outcome = await result { try await provider.accounts(bank: bankID) }
            return await withStatus(.accountsLoaded(bankID: bankID, generation: generation, outcome))
        case .loadViews(let account, let generation):
            let outcome = await result { try await provider.views(account: account) }
            return await withStatus(.viewsLoaded(account, generation: generation, outcome))
        case .loadTransactions(let key, let generation):
            let outcome = await result {
                let page = try await provider.transactions(key.account, view: key.view, page: key.request)
                // Strings are shared and rows precomputed here, off the UI thread.
                return TransactionPage(offset: page.request.offset, limit: page.request.limit,
                                       transactions: interner.compact(page.items))
            }
            return await withStatus(.transactionsLoaded(key, generation: generation, outcome))
        case .loadTransaction(let target):
            let outcome = await result {
                try await provider.transaction(target.account, view: target.viewID, id: target.transactionID)
            }
            return await withStatus(.transactionLoaded(target, outcome))
        case .write(let id, let target, let annotation):
            return await withStatus(.writeFinished(id: id, await result { try await write(annotation, to: target) }))
        case .writeCounterpartyField(let id, let target, let text):
            let outcome = await result { try await write(text, to: target) }
            if case .failure(let error) = outcome { return await withStatus(.counterpartyFieldWritten(id: id, error)) }
            return await withStatus(.counterpartyFieldWritten(id: id, nil))
        case .loadDrafts:
            guard let draftStore else { return [.draftsLoaded(.success([]))] }
            do throws(DraftStoreError) {
                return [.draftsLoaded(.success(try draftStore.load()))]
            } catch {
                return [.draftsLoaded(.failure(error))]
            }
        case .saveDrafts(let drafts):
            guard let draftStore else { return [] }
            do throws(DraftStoreError) {
                try draftWriter.save(drafts, to: draftStore, sequence: sequence)
                return [.draftsSaved(.success(drafts.count))]
            } catch {
                return [.draftsSaved(.failure(error))]
            }
        case .screenTask(let screenID, let work):
            return await withStatus(.screenEvent(screenID: screenID, payload: await work(provider)))
        case .cancelScreenTasks, .cancel:
            // The store cancels the tasks themselves; there is nothing to run.
            return []
        case .exportCSV(let path, let list):
            do throws(ExportError) {
                let rows = try CSVExport.write(list.displayedTransactions, to: path)
                return [.exportFinished(path: path, .success(rows))]
            } catch {
                return [.exportFinished(path: path, .failure(error))]
            }
        }
    }

    private func write(_ annotation: Annotation, to target: AnnotationTarget) async throws -> WriteResult {
        let (tx, account, view) = (target.transactionID, target.account, target.viewID)
        switch annotation {
        case .addTag(let value):
            return .tag(try await provider.addTag(value, to: tx, in: account, view: view))
        case .deleteTag(let id):
            try await provider.deleteTag(id, from: tx, in: account, view: view)
        case .addComment(let value):
            return .comment(try await provider.addComment(value, to: tx, in: account, view: view))
        case .deleteComment(let id):
            try await provider.deleteComment(id, from: tx, in: account, view: view)
        case .setNarrative(let text) where text.isEmpty:
            try await provider.deleteNarrative(on: tx, in: account, view: view)
        case .setNarrative(let text):
            try await provider.setNarrative(text, on: tx, in: account, view: view)
        case .setWhere(let latitude, let longitude):
            try await provider.setWhere(GeoTag(latitude: latitude, longitude: longitude), on: tx, in: account,
                                        view: view)
        case .deleteWhere:
            try await provider.deleteWhere(on: tx, in: account, view: view)
        case .addImage(let url, let label):
            return .image(try await provider.addImage(label: label, url: url, to: tx, in: account, view: view))
        case .deleteImage(let id):
            try await provider.deleteImage(id, from: tx, in: account, view: view)
        }
        return .done
    }

    /// Counterparty metadata is OBP's, beyond `BankProvider`; the text is checked again, as a draft from disk
    /// may be older than the rules.
    private func write(_ text: String?, to target: CounterpartyFieldTarget) async throws {
        guard let obp = provider as? OBPProvider else {
            throw BankError(kind: .invalidInput, message: "counterparties are an OBP feature")
        }
        let (field, id, account, view) = (target.field, target.counterpartyID, target.account, target.viewID)
        guard let text else {
            return try await obp.deleteCounterpartyMetadata(field, of: id, in: account, view: view)
        }
        try await obp.setCounterpartyMetadata(field, to: try field.parse(text).get(), of: id, in: account, view: view)
    }

    /// Follows a provider result with the budget and request count it left, for the status bar.
    private func withStatus(_ action: Action) async -> [Action] {
        [action, .providerStatus(rateLimit: await provider.rateLimit, requestCount: await provider.requestCount)]
    }

    private func result<T>(_ body: () async throws -> T) async -> Result<T, BankError> {
        await Result.catching(body)
    }
}

/// Serialises draft saves and drops a snapshot older than one already written.
private final class DraftWriter: Sendable {
    private let lastWritten = Mutex(-1)

    func save(_ drafts: [Draft], to store: DraftStore, sequence: Int) throws(DraftStoreError) {
        try lastWritten.withLock { (last: inout Int) throws(DraftStoreError) in
            guard sequence > last else { return }
            try store.save(drafts)
            last = sequence
        }
    }
}
