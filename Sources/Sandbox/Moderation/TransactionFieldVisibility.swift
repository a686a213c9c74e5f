import BankKit

/// The flags of a view that every transaction of a page is rendered by, read from the view's set once per
/// renderer instead of once per field and transaction.
struct TransactionFieldVisibility: Sendable {
    let otherAccount: Bool
    let metadata: Bool
    let type: Bool
    let description: Bool
    let startDate: Bool
    let finishDate: Bool
    let balance: Bool
    let amount: Bool
    let currency: Bool
    let ownerComment: Bool
    let comments: Bool
    let tags: Bool
    let images: Bool
    let whereTag: Bool

    init(_ view: ViewDefinition) {
        otherAccount = view.can(.canSeeTransactionOtherBankAccount)
        metadata = view.can(.canSeeTransactionMetadata)
        type = view.can(.canSeeTransactionType)
        description = view.can(.canSeeTransactionDescription)
        startDate = view.can(.canSeeTransactionStartDate)
        finishDate = view.can(.canSeeTransactionFinishDate)
        balance = view.can(.canSeeTransactionBalance)
        amount = view.can(.canSeeTransactionAmount)
        currency = view.can(.canSeeTransactionCurrency)
        ownerComment = view.can(.canSeeOwnerComment)
        comments = view.can(.canSeeComments)
        tags = view.can(.canSeeTags)
        images = view.can(.canSeeImages)
        whereTag = view.can(.canSeeWhereTag)
    }
}
