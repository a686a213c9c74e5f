import BrowserModel
import Testing
@testable import TerminalUI

struct KeyMapTests {
    /// DESIGN.md's key table, key by key.
    static let designKeys: [(Key, Command)] = [
        (.up, .moveUp), (.character("k"), .moveUp), (.down, .moveDown), (.character("j"), .moveDown),
        (.pageUp, .pageUp), (.pageDown, .pageDown), (.character("g"), .top), (.character("G"), .bottom),
        (.enter, .open), (.character("l"), .open), (.right, .open),
        (.escape, .back), (.character("h"), .back), (.left, .back),
        (.tab, .nextPane), (.backTab, .previousPane), (.character("v"), .pickView),
        (.character("t"), .addTag), (.character("T"), .removeTag), (.character("c"), .addComment),
        (.character("C"), .deleteComment), (.character("e"), .editNarrative), (.character("w"), .setWhere),
        (.character("W"), .clearWhere), (.character("/"), .filter), (.character("n"), .nextMatch),
        (.character("N"), .previousMatch), (.character("r"), .reload), (.character(":"), .commandLine),
        (.character("?"), .help), (.character("q"), .quit), (.control("c"), .quit),
        (.character("b"), .branches), (.character("y"), .copy), (.character("i"), .addImage),
        (.character("I"), .removeImage), (.character("p"), .pay), (.character("L"), .relabel),
    ]

    @Test func theKeyMapIsDesignsKeyTable() {
        for (key, command) in KeyMapTests.designKeys {
            #expect(KeyMap.standard.command(for: key) == command, "\(key.label)")
        }
        #expect(Set(KeyMap.standard.bindings.map(\.command)) == Set(Command.allCases))
    }

    @Test func theHelpOverlayListsEveryBinding() {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.help)
        let text = scenario.render().text()
        for binding in KeyMap.standard.bindings {
            #expect(text.contains(binding.keyLabel), "\(binding.keyLabel)")
            #expect(text.contains(String(binding.summary.prefix(20))), "\(binding.summary)")
        }
    }

    @Test func yCopiesWhatTheFocusedPaneSelects() {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.copySelection)
        #expect(scenario.state.clipboard?.text == "fi.pohjoinen")
        scenario.send(.open, .copySelection)
        #expect(scenario.state.clipboard?.text == "FI21 1234 5600 0007 85", "the account's number when no IBAN routing")
        scenario.send(.open, .open, .copySelection)
        #expect(scenario.state.clipboard?.text.hasSuffix(" EUR") == true)
        #expect(scenario.state.clipboard?.sequence == 3, "each copy is written once")
    }

    @Test func theHelpFilterNarrowsTheList() {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.help, .startFilter)
        scenario.type("tag")
        let text = scenario.render().text()
        #expect(text.contains("add a tag") && text.contains("remove a tag"))
        #expect(!text.contains("add a comment") && !text.contains("reload (bypass"))
    }

    @Test func onAScreenTheHelpListsItsKeysFirstAndOnlyBrowserKeysThatWorkThere() async {
        var scenario = Scenario(rows: 40, cols: 120)
        scenario.send(.openScreen(name: "branches", argument: nil))
        await scenario.settle()
        scenario.send(.help)
        let lines = scenario.render().text().components(separatedBy: "\n")
        let copy = lines.firstIndex { $0.contains("copy the branch's address") }
        let moveUp = lines.firstIndex { $0.contains("move up") }
        #expect(copy != nil && moveUp != nil && copy! < moveUp!)
        #expect(!lines.contains { $0.contains("add a tag") })
    }

    @Test func theHelpScrollsWithMoveKeysAndFiltersAfterSlash() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.help)
        let translator = KeyTranslator()
        let moves: [(Key, Action)] = [(.character("j"), .moveDown), (.character("k"), .moveUp), (.down, .moveDown),
                                      (.pageDown, .pageDown), (.pageUp, .pageUp), (.character("g"), .top),
                                      (.character("G"), .bottom), (.home, .top), (.end, .bottom),
                                      (.character("/"), .startFilter), (.escape, .cancel), (.character("?"), .cancel)]
        for (key, expected) in moves {
            let action = translator.action(for: key, in: scenario.state)
            #expect(action.map { "\($0)" } == "\(expected)", "\(key)")
        }
        scenario.send(.bottom)
        #expect(scenario.render().text().contains("↑ 15 more"))
        scenario.send(.startFilter)
        guard case .insert("j") = translator.action(for: .character("j"), in: scenario.state) else {
            Issue.record("j is text while the help filter is typed")
            return
        }
        guard case .moveDown = translator.action(for: .down, in: scenario.state) else {
            Issue.record("↓ still scrolls while the help filter is typed")
            return
        }
    }

    @Test func withoutViewsTheHelpAndTheHintsOfferNoViewKeys() {
        var scenario = Scenario(rows: 40, cols: 120, views: false)
        scenario.send(.help)
        let help = scenario.render().text()
        #expect(!help.contains("pick the view"))
        #expect(!help.contains(":view"))
        #expect(help.contains(":bank ID"))
        #expect(help.contains("add a tag"))
        guard case .help(let overlay) = scenario.state.overlay else {
            Issue.record("no help")
            return
        }
        #expect(overlay.extent.lines == KeyMap.standard.bindings.count - 7, "no v, i, I, nor b, o, p, L: their screens are OBP's")
        #expect(!help.contains("(:branches)") && !help.contains("(:pay)"))
        scenario.send(.cancel, .open, .open, .open)
        let detail = scenario.render().text().components(separatedBy: "\n").last ?? ""
        #expect(detail.contains("t tag") && !detail.contains("v view"))
    }

    /// The accountant may tag and comment but not edit the narrative or the place; the public view writes nothing.
    @Test func hintsOfferOnlyTheWritesTheViewAllows() {
        func detailHints(pickViewDown steps: Int) -> String {
            var scenario = Scenario(rows: 40, cols: 120)
            scenario.send(.open, .open, .pickView)
            for _ in 0..<steps { scenario.send(.moveDown) }
            scenario.send(.open, .open)
            // The bar itself shows "viewing through …" just after a switch; the hints are what it shows next.
            return StatusBarView(state: scenario.state, keyMap: .standard).bar.hints
                .map { "\($0.key) \($0.label)" }.joined(separator: "  ")
        }
        let owner = detailHints(pickViewDown: 0)
        #expect(owner.contains("t tag") && owner.contains("e narrative") && owner.contains("w where"), "\(owner)")
        let accountant = detailHints(pickViewDown: 1)
        #expect(accountant.contains("t tag") && accountant.contains("c comment"), "\(accountant)")
        #expect(!accountant.contains("narrative") && !accountant.contains("where"), "\(accountant)")
        let publicView = detailHints(pickViewDown: 2)
        #expect(!publicView.contains("tag") && !publicView.contains("comment") && publicView.contains("v view"), "\(publicView)")
    }

    @Test func keysTypeTextWhileAPromptIsOpen() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.open, .open, .open, .addTag)
        let translator = KeyTranslator()
        let q = translator.action(for: .character("q"), in: scenario.state)
        guard case .insert("q") = q else {
            Issue.record("q in a prompt should be text, got \(String(describing: q))")
            return
        }
        guard case .submit = translator.action(for: .enter, in: scenario.state) else {
            Issue.record("Enter should submit")
            return
        }
        guard case .cancel = translator.action(for: .escape, in: scenario.state) else {
            Issue.record("Esc should cancel")
            return
        }
    }

    @Test func pickersTakeMovesAndCloseOnEscape() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.open, .open, .pickView)
        let translator = KeyTranslator()
        guard case .moveDown = translator.action(for: .character("j"), in: scenario.state),
              case .open = translator.action(for: .enter, in: scenario.state),
              case .cancel = translator.action(for: .escape, in: scenario.state) else {
            Issue.record("picker keys")
            return
        }
        #expect(translator.action(for: .character("t"), in: scenario.state) == nil)
    }

    @Test func promptsTakeReadlineKeys() {
        var scenario = Scenario(rows: 24, cols: 80)
        scenario.send(.open, .open, .startFilter)
        let translator = KeyTranslator()
        let expected: [(Key, TextEdit)] = [
            (.left, .left), (.control("b"), .left), (.right, .right), (.control("f"), .right),
            (.home, .home), (.control("a"), .home), (.end, .end), (.control("e"), .end),
            (.backspace, .deleteBackward), (.delete, .deleteForward), (.control("d"), .deleteForward),
            (.control("w"), .deleteWordBackward), (.control("u"), .deleteToStart), (.control("k"), .deleteToEnd),
        ]
        for (key, edit) in expected {
            guard case .edit(let got) = translator.action(for: key, in: scenario.state) else {
                Issue.record("\(key) edits nothing")
                continue
            }
            #expect(got == edit, "\(key)")
        }
        guard case .insert("h") = translator.action(for: .character("h"), in: scenario.state) else {
            Issue.record("letters are text in a prompt")
            return
        }
    }

    @Test func controlBytesDecodeToKeys() {
        #expect(Key(scalar: "\r") == .enter)
        #expect(Key(scalar: "\u{1B}") == .escape)
        #expect(Key(scalar: "\u{7F}") == .backspace)
        #expect(Key(scalar: "\u{03}") == .control("c"))
        #expect(Key(scalar: "ä") == .character("ä"))
    }
}
