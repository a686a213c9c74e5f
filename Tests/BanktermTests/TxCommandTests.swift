import ArgumentParser
import Testing
@testable import bankterm

/// `tx KIND rm ID` reaches the removal of that kind; `tx image add` takes its label as an option.
struct TxCommandTests {
    static let target = ["--bank", "b", "--account", "a", "--tx", "t"]

    @Test func eachKindsRemovalIsItsOwnCommand() throws {
        #expect(try Bankterm.parseAsRoot(["tx", "tag", "rm", "id-1"] + Self.target) is TxRemoveCommand<TagRemoval>)
        #expect(try Bankterm.parseAsRoot(["tx", "comment", "rm", "id-1"] + Self.target)
                is TxRemoveCommand<CommentRemoval>)
        let image = try #require(try Bankterm.parseAsRoot(["tx", "image", "rm", "id-1"] + Self.target)
                                 as? TxRemoveCommand<ImageRemoval>)
        #expect(image.id == "id-1" && image.target.tx == "t")
    }

    @Test func anImageTakesItsLabelAsAnOption() throws {
        let add = try #require(try Bankterm.parseAsRoot(["tx", "image", "add", "https://x.io/a.png", "--label",
                                                         "the receipt"] + Self.target) as? TxImageCommand.Add)
        #expect(add.url == "https://x.io/a.png" && add.label == "the receipt")
    }
}
