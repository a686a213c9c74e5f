import BrowserModel
import Testing

@Suite struct CSVWriterTests {
    @Test(arguments: [("a\r\nb", "\"a\r\nb\""), ("a\rb", "\"a\rb\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("1,5", "\"1,5\""),
                      ("Käse 寿司", "Käse 寿司"), ("\rx", "\"'\rx\"")])
    func fieldsThatNeedQuotesGetThem(text: String, expected: String) {
        #expect(CSVWriter.field(.text(text)) == expected)
    }
}
