import ArgumentParser
import BankKit

/// An id on the command line is taken as typed: the server judges whether it exists. An empty one is refused
/// here, where the server would answer with a long 404 about its URL.
extension Identifier: ExpressibleByArgument {
    public init?(argument: String) {
        guard !argument.isEmpty else { return nil }
        self.init(rawValue: argument)
    }
}
