import BankKit

/// The payments screen's keys and the answers of its tasks.
public enum PaymentsEvent: Sendable {
    case loaded(Result<[TransactionRequest], BankError>)
    /// `a`: answer the selected request's challenge.
    case answer
    /// `n`: open the payment form.
    case newPayment
    /// `e`: edit the form field under the cursor.
    case edit
    /// `s`: read the balances and rates, then ask to send the form's payment.
    case send
    /// The confirmation's numbers came back; the question follows.
    case quoted(PaymentQuote)
    /// `/` in the picker: filter its receivers.
    case filterChoices
    case choicesLoaded(Result<[PaymentChoice], BankError>)
    /// The payment's POST came back (once; it is never sent again by the screen).
    case sent(Result<PaymentSubmission, BankError>)
    /// The challenge answer's POST came back.
    case answered(Result<TransactionRequest, BankError>)
    /// One request read again after its challenge was answered.
    case reloaded(Result<TransactionRequest, BankError>)
}
