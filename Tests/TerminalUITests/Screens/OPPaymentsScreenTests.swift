import BankKit
import BrowserModel
import Foundation
import Testing
@testable import TerminalUI

/// `:oppayments`, the OP merchant's payments made on this machine: drawn from canned ledger and status answers
/// sent to the real reducer (the golden screens), and its prompts: a refund of at most what is left, asked first;
/// a payment whose reference is checked as it is typed, asked first, sent once.
struct OPPaymentsScreenTests {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let flowURL = "http://127.0.0.1:8080/paymentbutton/customer/payment/startPaymentConfirmation?paymentId="

    static func entry(_ id: String, _ amount: String, _ reference: String, status: String, refunded: String? = nil,
                      refundOf: String? = nil, ago: TimeInterval) -> OPPaymentEntry {
        OPPaymentEntry(paymentID: id, merchantID: "m", amount: amount, reference: reference, status: status,
                       totalRefunded: refunded, refundOf: refundOf,
                       browserFlowURL: refundOf == nil ? flowURL + id : nil,
                       requestID: "req-" + id.prefix(8), createdAt: now.addingTimeInterval(-ago), updatedAt: now)
    }

    static let entries = [
        entry("9c3d2a51-7e1f-4b8a-a6d0-3f5e2c1b0a97", "10.00", "RF18539007547034", status: "INITIAL", ago: 42),
        entry("2b7e4f10-c5a3-4d29-8e61-7a0b9c3d5e12", "5.00", "1232", status: "COMPLETED",
              refundOf: "51e0a6c4-93d2-4f7b-b1a8-6c2d0e9f4a35", ago: 2 * 3600),
        entry("51e0a6c4-93d2-4f7b-b1a8-6c2d0e9f4a35", "25.00", "1232", status: "COMPLETED", refunded: "5.00",
              ago: 3 * 3600),
        entry("d48a0c3e-6f21-4e95-a7b3-0e1c5d9f8b26", "7.50", "RF471234561", status: "REJECTED", ago: 2 * 86400),
    ]

    static let liveStatus = OPPaymentStatus(
        paymentID: entries[2].paymentID, amount: "25.00", status: "COMPLETED", paymentType: "PAYMENT",
        totalRefundedAmount: "5.00", createTime: "2027-01-15T05:00:00Z", updateTime: "2027-01-15T06:00:00Z")

    /// A screen holding the canned ledger, as the reducer sees it after its load.
    static func loaded() -> OPPaymentsScreen {
        var screen = OPPaymentsScreen()
        _ = screen.load(reload: false)
        _ = screen.handle(.event(.loaded(.success(entries), at: now)))
        return screen
    }

    struct Shot: Sendable, CustomTestStringConvertible {
        let name: String
        let actions: [Action]
        /// Typed into the prompt the actions opened.
        var typed = ""
        /// Answers sent to the screen after the actions, as its tasks would.
        var answers: [OPPaymentsEvent] = []
        var testDescription: String { name }
    }

    static let shots = [
        Shot(name: "oppayments", actions: []),
        Shot(name: "oppayment-detail", actions: [.moveDown, .moveDown, .open],
             answers: [.status(entries[2].paymentID, .success(liveStatus))]),
        Shot(name: "oppayment-refund-too-much",
             actions: [.moveDown, .moveDown, .screenKey(.character("R")), .edit(.deleteToStart)], typed: "20.01"),
    ]

    @Test(arguments: shots, GoldenScreenTests.sizes)
    func matchesGolden(_ shot: Shot, size: Size) throws {
        var scenario = Self.opened(size)
        for action in shot.actions { scenario.send(action) }
        scenario.type(shot.typed)
        for answer in shot.answers { Self.answer(&scenario, answer) }
        try Golden.check(scenario.render().text(), named: "\(shot.name)-\(size.cols)x\(size.rows)")
    }

    /// The screen open on an OP merchant provider, its ledger answered from `entries`.
    static func opened(_ size: Size) -> Scenario {
        var scenario = Scenario(rows: size.rows, cols: size.cols, views: false, merchant: true)
        scenario.send(.openScreen(name: "oppayments", argument: nil))
        answer(&scenario, .loaded(.success(entries), at: now))
        return scenario
    }

    static func answer(_ scenario: inout Scenario, _ event: OPPaymentsEvent) {
        guard let id = scenario.state.topScreen?.id else { return }
        scenario.send(.screenEvent(screenID: id, payload: event))
    }

    @Test func withoutAMerchantProfileItRefusesInOneLine() {
        var scenario = Scenario(rows: 24, cols: 80, views: false)
        scenario.send(.openScreen(name: "oppayments", argument: nil))
        #expect(scenario.state.screens.isEmpty)
        let error = scenario.state.status.error ?? ""
        #expect(error.hasPrefix("no OP merchant profile"))
        #expect(!error.contains("\n"))
    }

    @Test func yCopiesTheBrowserFlowURLAndARefundHasNone() {
        var scenario = Self.opened(Size(rows: 24, cols: 80))
        scenario.send(.screenKey(.character("y")))
        #expect(scenario.state.clipboard?.text == Self.entries[0].browserFlowURL)
        scenario.send(.moveDown, .screenKey(.character("y")))
        #expect(scenario.state.status.error == "a refund has no browser-flow URL")
        scenario.send(.screenKey(.character("R")))
        #expect(scenario.state.status.error == "a refund cannot be refunded")
    }

    @Test func aRefundOfMoreThanIsLeftCannotBeSentAndTheRestIsAskedFirst() {
        var scenario = Self.opened(Size(rows: 24, cols: 80))
        scenario.send(.moveDown, .moveDown, .screenKey(.character("R")))
        guard case .prompt(let prompt) = scenario.state.overlay else {
            Issue.record("R opens the amount prompt")
            return
        }
        #expect(prompt.text == "20.00", "it offers what is left: 25.00 less 5.00 refunded")
        scenario.send(.edit(.deleteToStart))
        scenario.type("20.01")
        scenario.send(.submit)
        guard case .prompt(let refused) = scenario.state.overlay else {
            Issue.record("Enter is blocked while the amount is too much")
            return
        }
        #expect(refused.error == "at most 20.00 EUR is left to refund")
        scenario.send(.edit(.deleteToStart))
        scenario.type("20.00")
        scenario.send(.submit)
        guard case .confirmScreen(let question) = scenario.state.overlay else {
            Issue.record("an amount within what is left is asked about first")
            return
        }
        #expect(question.question == "Refund 20.00 EUR of payment \(Self.entries[2].paymentID)?")
    }

    @Test func theRefundIsSentOnlyAfterYesAndOnce() {
        var screen = Self.loaded()
        _ = screen.handle(.move(.by(2)))
        guard case .prompt(let field, _, _) = screen.handle(.event(.refund)).first else {
            Issue.record("R prompts for the amount")
            return
        }
        #expect(screen.validate(field: field, text: "5,00") == "euros, e.g. 5 or 5.50")
        #expect(screen.validate(field: field, text: "20.00") == nil)
        #expect(screen.validate(field: field, text: "12.5") == nil, "two decimals are OP's rule, not the typist's")
        guard case .confirm(let confirm, let question) = screen.handle(.submitted(field: field, text: "12.5")).first else {
            Issue.record("the amount is asked about first")
            return
        }
        #expect(question.hasPrefix("Refund 12.50 EUR"), "sent as OP wants it")
        guard case .run = screen.handle(.confirmed(field: confirm)).first else {
            Issue.record("yes sends the refund")
            return
        }
        #expect(screen.activity == "refunding \(Self.entries[2].paymentID)")
        #expect(screen.handle(.confirmed(field: confirm)).isEmpty, "a second yes sends nothing")
        #expect(screen.bindings.first { $0.hint == "refund" }?.disabledReason?.hasPrefix("wait") == true)
        let failed = screen.handle(.event(.refunded(Self.entries[2].paymentID,
                                                    .failure(BankError(kind: .network, message: "unknown outcome")))))
        guard failed.count == 1, case .fail(let message) = failed[0] else {
            Issue.record("a failed refund is reported, not retried")
            return
        }
        #expect(message == "refund: unknown outcome")
        #expect(screen.activity == nil)
    }

    @Test func aNewPaymentChecksItsReferenceAsTypedAndIsAskedFirst() {
        var screen = Self.loaded()
        guard case .prompt(let amount, _, _) = screen.handle(.event(.new)).first else {
            Issue.record("n prompts for the amount")
            return
        }
        #expect(screen.validate(field: amount, text: "10,5") != nil)
        #expect(screen.validate(field: amount, text: "0") != nil)
        #expect(screen.validate(field: amount, text: "10") == nil, "OP's two decimals are written for the typist")
        guard case .prompt(let reference, _, _) = screen.handle(.submitted(field: amount, text: "10")).first else {
            Issue.record("then for the reference")
            return
        }
        #expect(screen.validate(field: reference, text: "1233")?.contains("not a valid Finnish reference") == true)
        #expect(screen.validate(field: reference, text: "RF19 5390 0754 7034")?.contains("not a valid RF") == true)
        #expect(screen.validate(field: reference, text: "RF18 5390 0754 7034") == nil)
        #expect(screen.validate(field: reference, text: "1232") == nil)
        guard case .prompt(let returnURL, _, _) = screen.handle(.submitted(field: reference,
                                                                          text: "RF18 5390 0754 7034")).first else {
            Issue.record("then for the return URL")
            return
        }
        #expect(screen.validate(field: returnURL, text: "http://localhost:3000/ok")?.contains("localhost") == true)
        #expect(OPPaymentsScreen.returnURL("shop.example/ok") == "https://shop.example/ok")
        #expect(OPPaymentsScreen.returnURL(" https://shop.example/ok") == "https://shop.example/ok", "pasted whole")
        let asked = screen.handle(.submitted(field: returnURL, text: "https://shop.example/return"))
        guard case .confirm(let create, let question) = asked.first else {
            Issue.record("the payment is asked about first")
            return
        }
        #expect(question == "Create a payment of 10.00 EUR, reference RF18539007547034, returning to "
                + "https://shop.example/return?")
        guard case .run = screen.handle(.confirmed(field: create)).first else {
            Issue.record("yes creates it")
            return
        }
        #expect(screen.bindings.first { $0.hint == "new" }?.disabledReason == "wait: creating a payment")
        let failed = screen.handle(.event(.created(.failure(BankError(kind: .badRequest, message: "refused")))))
        guard failed.count == 1, case .fail = failed[0] else {
            Issue.record("a failed create is reported once, never sent again")
            return
        }
    }

    @Test func reloadWithAPaymentOpenAsksOPAboutThatPaymentAgain() {
        var screen = Self.loaded()
        #expect(screen.load(reload: true).count == 1, "the list alone: its task asks about the unsettled ones")
        _ = screen.handle(.event(.loaded(.success(Self.entries), at: Self.now)))
        _ = screen.handle(.move(.by(2)))
        _ = screen.handle(.open)
        _ = screen.handle(.event(.status(Self.entries[2].paymentID, .success(Self.liveStatus))))
        let commands = screen.load(reload: true)
        #expect(commands.count == 2, "the list and the open payment's status")
        #expect(screen.fetchingStatus == Self.entries[2].paymentID)
    }
}
