import BankKit
import Testing

/// Finnish and RF references and OP's amounts. The valid references are OP's own examples (its scripts send
/// `RF3517834735` and `1234567978`) and the textbook `1234561`; the invalid ones alter a single digit.
@Suite struct PaymentReferenceTests {
    @Test func opsExampleReferencesAreValid() {
        #expect(PaymentReference.isValidRF("RF3517834735"))
        #expect(PaymentReference.isValidFinnish("1234567978"))
        #expect(PaymentReference.problem("RF3517834735") == nil)
        #expect(PaymentReference.problem("1234567978") == nil)
    }

    @Test func aChangedDigitIsCaught() {
        #expect(!PaymentReference.isValidRF("RF3517834736"))
        #expect(!PaymentReference.isValidRF("RF3617834735"))
        #expect(!PaymentReference.isValidFinnish("1234567979"))
        #expect(PaymentReference.problem("1234567979") != nil)
        #expect(PaymentReference.problem("RF00") != nil)
        #expect(PaymentReference.problem("1") != nil)
        #expect(PaymentReference.problem(String(repeating: "1", count: 26)) != nil)
    }

    @Test func aBaseGetsItsCheckDigitAndRFForm() throws {
        #expect(PaymentReference.finnish(base: "123456") == "1234561")
        #expect(PaymentReference.finnish(base: "123456797") == "1234567978")
        let rf = try #require(PaymentReference.rf("1234561"))
        #expect(rf.hasPrefix("RF") && rf.hasSuffix("1234561") && PaymentReference.isValidRF(rf))
        #expect(PaymentReference.rf("17834735") == "RF3517834735")
        #expect(PaymentReference.finnish(base: "12") == nil)
        #expect(PaymentReference.finnish(base: "12a4") == nil)
    }

    @Test func amountsHaveExactlyTwoDecimals() {
        #expect(OPAmount.cents("10.00") == 1000)
        #expect(OPAmount.cents("0.05") == 5)
        #expect(OPAmount.cents("10") == nil)
        #expect(OPAmount.cents("10.0") == nil)
        #expect(OPAmount.cents("-1.00") == nil)
        #expect(OPAmount.cents("01.00") == nil)
        #expect(OPAmount.cents("1,00") == nil)
        #expect(OPAmount.text(1005) == "10.05")
        #expect(OPAmount.text(-5) == "-0.05")
    }

    @Test func returnURLsMustNotBeThisMachine() {
        #expect(OPNewPayment.urlProblem("https://shop.example.com/return") == nil)
        #expect(OPNewPayment.urlProblem("http://localhost:8080/return") != nil)
        #expect(OPNewPayment.urlProblem("http://127.0.0.1/return") != nil)
        #expect(OPNewPayment.urlProblem("ftp://shop.example.com/") != nil)
        #expect(OPNewPayment.urlProblem("shop.example.com") != nil)
    }
}
