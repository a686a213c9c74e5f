import ArgumentParser
import BankKit

/// An id on the command line is taken as typed: the server judges whether it exists.
extension Identifier: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument)
    }
}
