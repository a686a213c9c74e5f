import BankKit

extension AppState {
    mutating func openAnnotationPrompt(_ kind: Prompt.Kind) {
        guard let (target, transaction) = annotatable(),
              let change = Prompt(kind: kind).annotationKind else { return }
        if let refusal = unsupported(change) ?? refusal(change.permission, in: target) {
            fail(refusal)
            return
        }
        // What the user typed before and did not get saved comes back for another try.
        let slot = Draft(target: target, annotation: Self.sample(kind)).slot
        let draft = drafts.last { $0.slot == slot && $0.error != nil }
        var text = draft?.typedText ?? ""
        if text.isEmpty, kind == .narrative { text = transaction.metadata.narrative ?? "" }
        if text.isEmpty, kind == .whereLocation, case .value(let place) = transaction.metadata.whereTag {
            text = "\(place.latitude), \(place.longitude)"
        }
        overlay = .prompt(Prompt(kind: kind, text: text, target: target, draftID: draft?.id))
    }

    mutating func openRemovalPicker(_ kind: RemovalPicker.Kind) {
        guard let (target, transaction) = annotatable() else { return }
        let deletion = kind.deletion("").kind
        if let refusal = unsupported(deletion) ?? refusal(deletion.permission, in: target) {
            fail(refusal)
            return
        }
        let noun = kind.noun
        let options: [RemovalPicker.Option]? = switch kind {
        case .tag: transaction.metadata.tags?.map { .init(id: $0.id, text: $0.value, author: $0.author) }
        case .comment: transaction.metadata.comments?.map { .init(id: $0.id, text: $0.value, author: $0.author) }
        case .image: transaction.metadata.images?.map {
            .init(id: $0.id, text: $0.label.isEmpty ? $0.url : "\($0.label) <\($0.url)>", author: $0.author)
        }
        }
        guard let options else {
            fail("this view cannot see \(noun)")
            return
        }
        let saved = options.filter { !$0.id.hasPrefix(Self.placeholderPrefix) }
        guard !saved.isEmpty else {
            inform("no \(noun) to remove")
            return
        }
        var picker = RemovalPicker(kind: kind, target: target, options: saved)
        picker.selection.setVisibleRows(transactions.selection.visibleRows, count: saved.count)
        overlay = .removalPicker(picker)
    }

    mutating func clearWhere() -> [Effect] {
        guard let (target, transaction) = annotatable() else { return [] }
        switch transaction.metadata.whereTag {
        case .hidden:
            fail("this view cannot see where")
            return []
        case .absent:
            inform("no where to clear")
            return []
        case .value:
            return write(.deleteWhere, to: target)
        }
    }

    /// The selected transaction, when the transactions or detail pane has one; else says why not.
    private mutating func annotatable() -> (AnnotationTarget, Transaction)? {
        guard overlay == nil, focus >= .transactions, let target = selectedTarget,
              let transaction = transactions.selectedTransaction else {
            fail("select a transaction first")
            return nil
        }
        return (target, transaction)
    }

    /// Why `command` does nothing on the selected transaction's view, as pressing it says; nil when the view
    /// allows it or its flags are not known here. The status bar offers only commands without one.
    public func disabledReason(_ command: Command) -> String? {
        command.annotationKind.flatMap { unsupported($0) ?? currentViewRefusal($0.permission) }
    }

    /// Why the provider itself cannot make the change, whatever the view: OP keeps no images.
    private func unsupported(_ change: Annotation.Kind) -> String? {
        switch change {
        case .addImage, .deleteImage:
            capabilities.supportsImages ? nil : "\(providerName) transactions have no images"
        default:
            nil
        }
    }

    private func currentViewRefusal(_ permission: ViewPermission) -> String? {
        guard let view = transactions.currentView, !view.allows(permission) else { return nil }
        return "the \(view.shortName) view does not allow this: it lacks \(permission)"
    }

    /// Why the view of `target` refuses `permission`, checked before any request; nil when it allows it or
    /// when its permissions are not known here (the server decides).
    func refusal(_ permission: ViewPermission, in target: AnnotationTarget) -> String? {
        guard target.viewID == transactions.viewID, target.account == transactions.account else { return nil }
        return currentViewRefusal(permission)
    }

    static let placeholderPrefix = "pending-"

    /// Any annotation of a prompt's kind, to name its draft slot.
    private static func sample(_ kind: Prompt.Kind) -> Annotation {
        switch kind {
        case .addTag: .addTag("")
        case .addComment: .addComment("")
        case .narrative: .setNarrative("")
        case .addImage: .addImage(url: "", label: "")
        case .whereLocation, .filter, .command, .screen: .setWhere(latitude: 0, longitude: 0)
        }
    }

    /// Checks what a prompt typed, by the rules the CLI uses too (`Annotation.validated`).
    static func annotation(for kind: Prompt.Kind, text: String) -> Result<Annotation, ValidationError> {
        guard let change = Prompt(kind: kind).annotationKind else {
            return .failure(ValidationError(message: "not an annotation"))
        }
        return Annotation.validated(change, text: text)
    }

    /// Sends an annotation: refused up front when the view lacks the permission, else applied to the list at
    /// once and kept as a draft on disk until the server confirms it.
    mutating func write(_ annotation: Annotation, to target: AnnotationTarget) -> [Effect] {
        if let refusal = refusal(annotation.permission, in: target) {
            fail(refusal)
            return []
        }
        let id = nextWriteID
        nextWriteID += 1
        let placeholder = Self.placeholderPrefix + String(id)
        let author = user?.username
        var previous = TransactionMetadata()
        updateTransaction(target) { transaction in
            previous = transaction.metadata
            Self.apply(annotation, placeholder: placeholder, author: author, to: &transaction.metadata)
        }
        pendingWrites[id] = PendingWrite(target: target, annotation: annotation, previous: previous,
                                         placeholderID: placeholder)
        var effects: [Effect] = [.write(id: id, target, annotation)]
        if annotation.typedText != nil {
            keepDraft(Draft(target: target, annotation: annotation))
            effects.append(.saveDrafts(drafts))
        }
        return effects
    }

    mutating func writeFinished(id: Int, _ result: Result<WriteResult, BankError>) -> [Effect] {
        guard let pending = pendingWrites.removeValue(forKey: id) else { return [] }
        let typed = pending.annotation.typedText != nil
        switch result {
        case .success(let saved):
            updateTransaction(pending.target) { transaction in
                switch saved {
                case .tag(let tag):
                    transaction.metadata.tags = transaction.metadata.tags?.map {
                        $0.id == pending.placeholderID ? tag : $0
                    }
                case .comment(let comment):
                    transaction.metadata.comments = transaction.metadata.comments?.map {
                        $0.id == pending.placeholderID ? comment : $0
                    }
                case .image(let image):
                    transaction.metadata.images = transaction.metadata.images?.map {
                        $0.id == pending.placeholderID ? image : $0
                    }
                case .done:
                    break
                }
            }
            inform(pending.annotation.done)
            let before = drafts.count
            drafts.removeAll { $0.id == pending.draftID && $0.annotation == pending.annotation }
            return drafts.count == before ? [] : [.saveDrafts(drafts)]
        case .failure(let error):
            updateTransaction(pending.target) { transaction in
                Self.rollBack(pending, in: &transaction.metadata)
            }
            let message = "could not \(pending.annotation.action): \(error.userMessage)"
            guard typed else {
                fail(message)
                return []
            }
            fail(message + " (kept as a draft: :retry)")
            keepDraft(Draft(target: pending.target, annotation: pending.annotation, error: error.userMessage))
            return [.saveDrafts(drafts)]
        }
    }

    mutating func retryDrafts() -> [Effect] {
        let inFlight = draftsInFlight
        let waiting = drafts.filter { !inFlight.contains($0.id) }
        guard !waiting.isEmpty else {
            inform(drafts.isEmpty ? "no drafts" : "the drafts are being saved")
            return []
        }
        return waiting.flatMap { draft -> [Effect] in
            switch draft.change {
            case .annotation(let target, let annotation): write(annotation, to: target)
            case .counterpartyField(let field, let text): writeCounterpartyField(field, text: text)
            }
        }
    }

    mutating func discardDrafts() -> [Effect] {
        let inFlight = draftsInFlight
        let count = drafts.count
        drafts.removeAll { !inFlight.contains($0.id) }
        inform("discarded \(count - drafts.count) draft\(count - drafts.count == 1 ? "" : "s")")
        return [.saveDrafts(drafts)] + tellScreensAboutDrafts()
    }

    /// The drafts whose write is out now: retrying them would send them twice.
    private var draftsInFlight: Set<String> {
        Set(pendingWrites.values.map(\.draftID) + pendingFieldWrites.values.compactMap(\.draftID))
    }

    /// Adds or replaces the draft in the same slot (transaction and kind).
    mutating func keepDraft(_ draft: Draft) {
        if let index = drafts.firstIndex(where: { $0.id == draft.id }) {
            drafts[index] = draft
        } else {
            drafts.append(draft)
        }
    }

    static func apply(_ annotation: Annotation, placeholder: String, author: String?,
                      to metadata: inout TransactionMetadata) {
        switch annotation {
        case .addTag(let value):
            metadata.tags = (metadata.tags ?? []) + [Tag(id: placeholder, value: value, author: author)]
        case .deleteTag(let id):
            metadata.tags?.removeAll { $0.id == id }
        case .addComment(let value):
            metadata.comments = (metadata.comments ?? []) + [Comment(id: placeholder, value: value, author: author)]
        case .deleteComment(let id):
            metadata.comments?.removeAll { $0.id == id }
        case .setNarrative(let text):
            metadata.narrative = text
        case .setWhere(let latitude, let longitude):
            metadata.whereTag = .value(GeoTag(latitude: latitude, longitude: longitude, author: author))
        case .deleteWhere:
            metadata.whereTag = .absent
        case .addImage(let url, let label):
            metadata.images = (metadata.images ?? [])
                + [TransactionImage(id: placeholder, label: label, url: url, author: author)]
        case .deleteImage(let id):
            metadata.images?.removeAll { $0.id == id }
        }
    }

    /// Undoes one failed write, leaving alone what other writes changed meanwhile.
    static func rollBack(_ pending: PendingWrite, in metadata: inout TransactionMetadata) {
        let previous = pending.previous
        switch pending.annotation {
        case .addTag:
            metadata.tags?.removeAll { $0.id == pending.placeholderID }
        case .deleteTag(let id):
            restore(id, from: previous.tags, into: &metadata.tags)
        case .addComment:
            metadata.comments?.removeAll { $0.id == pending.placeholderID }
        case .deleteComment(let id):
            restore(id, from: previous.comments, into: &metadata.comments)
        case .addImage:
            metadata.images?.removeAll { $0.id == pending.placeholderID }
        case .deleteImage(let id):
            restore(id, from: previous.images, into: &metadata.images)
        case .setNarrative:
            metadata.narrative = previous.narrative
        case .setWhere, .deleteWhere:
            metadata.whereTag = previous.whereTag
        }
    }

    /// Puts a removed item back where it was, unless it is back already.
    private static func restore<Item: Identifiable>(_ id: Item.ID, from previous: [Item]?, into items: inout [Item]?) {
        guard let position = previous?.firstIndex(where: { $0.id == id }), let item = previous?[position],
              var current = items, !current.contains(where: { $0.id == id }) else { return }
        current.insert(item, at: min(position, current.count))
        items = current
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
