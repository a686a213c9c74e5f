import BankKit
import Foundation

/// When an OP profile has no token, the browser asks which of the OP sandbox's four simulated customers to browse
/// as. A numbered list on the terminal before the full-screen browser starts: it needs nothing of curses, and a
/// script (or the end-to-end test) answers it with one line.
enum OPCustomerPicker {
    /// The token of the chosen customer. Enter alone picks the first; end of input means no choice, which is the
    /// same error the scripting commands give.
    static func pickToken(profileName: String) throws -> String {
        var prompt = "No OP token in profile \"\(profileName)\". Browse the OP sandbox as:\n"
        for (index, customer) in OPSandbox.customers.enumerated() {
            prompt += "  \(index + 1)  \(customer.name)\n"
        }
        FileHandle.standardError.write(Data(prompt.utf8))
        while true {
            FileHandle.standardError.write(Data("Customer [1-\(OPSandbox.customers.count), Enter = 1]: ".utf8))
            guard let line = readLine() else {
                throw BankError(kind: .invalidInput, message: "no OP customer chosen: pass --token, set "
                                + "BANKTERM_TOKEN, or set token in profile \"\(profileName)\" of config.toml")
            }
            let answer = line.trimmingCharacters(in: .whitespaces)
            if answer.isEmpty { return OPSandbox.customers[0].token }
            if let number = Int(answer), OPSandbox.customers.indices.contains(number - 1) {
                return OPSandbox.customers[number - 1].token
            }
        }
    }
}
