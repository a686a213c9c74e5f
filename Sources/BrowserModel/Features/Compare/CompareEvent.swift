import BankKit

/// The compare screen's results: its only keys are the moves every screen has.
public enum CompareEvent: Sendable {
    case loaded(Result<[ComparedRow], BankError>)
}
