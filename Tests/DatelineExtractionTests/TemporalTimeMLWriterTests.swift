import Testing
import DatelineModel
@testable import DatelineExtraction

@Suite struct TemporalTimeMLWriterTests {
    static let text = "On Friday, A&B met <again> on April 5, 2023."

    static func expressions() -> [TemporalExpression] {
        TemporalTagger().tag(text: text, publication: PublicationDate(exactly: TemporalFixture.day("2023-04-10"), basis: "x"))
    }

    @Test func timeMLWrapsAndEscapes() {
        let out = TimeMLWriter.timeML(text: Self.text, expressions: Self.expressions())
        #expect(out == "On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2023-04-07\">Friday</TIMEX3>, A&amp;B met &lt;again&gt; on "
            + "<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2023-04-05\">April 5, 2023</TIMEX3>.")
    }

    @Test func timeMLWritesMod() {
        let xs = TemporalTagger().tag(text: "It ended in late 2018.", publication: nil)
        #expect(TimeMLWriter.timeML(text: "It ended in late 2018.", expressions: xs)
            == "It ended in <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2018\" mod=\"END\">late 2018</TIMEX3>.")
    }

    @Test func jsonLineHasOffsetsAndBounds() {
        let line = TimeMLWriter.jsonLine(document: "doc \"1\"", dct: TemporalFixture.day("2023-04-10"), expressions: Self.expressions())
        #expect(line.hasPrefix("{\"document\":\"doc \\\"1\\\"\",\"dct\":\"2023-04-10\",\"timexes\":[{\"text\":\"Friday\",\"start\":3,\"end\":9,"))
        #expect(line.contains("\"type\":\"DATE\",\"value\":\"2023-04-05\",\"mod\":null,\"earliest\":\"2023-04-05\",\"latest\":\"2023-04-05\",\"granularity\":\"day\"}"))
        #expect(line.hasSuffix("]}"))
    }

    @Test func jsonLineWithoutDCTOrTimexes() {
        #expect(TimeMLWriter.jsonLine(document: "d", dct: nil, expressions: []) == "{\"document\":\"d\",\"dct\":null,\"timexes\":[]}")
    }

    @Test func jsonEscapesControlCharacters() {
        #expect(TimeMLWriter.json("a\n\u{1}b\\") == "\"a\\n\\u0001b\\\\\"")
    }
}
