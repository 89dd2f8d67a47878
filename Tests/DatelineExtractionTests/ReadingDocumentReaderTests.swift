import Testing
@testable import DatelineExtraction

@Suite struct ReadingDocumentReaderTests {
    private let reader = DocumentReader()

    private func read(_ text: String, _ path: String) -> ReadResult {
        reader.read(bytes: Array(text.utf8), path: path)
    }

    @Test func textFileIsOneRecordNamedByStem() {
        let result = reader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("Headline\r\n\r\nBody text.\r\n".utf8),
                                 path: "corpus/2023/story.one.txt")
        #expect(result.warnings.isEmpty)
        #expect(result.records == [ArticleRecord(id: "story.one", path: "corpus/2023/story.one.txt",
                                                 text: "Headline\n\nBody text.\n")])
    }

    @Test(arguments: ["notes.md", "README", "story.TXT", "odd.html"])
    func nonJSONPathsAreText(_ path: String) {
        let result = read("Some article text.", path)
        #expect(result.records.count == 1)
        #expect(result.records.first?.text == "Some article text.")
    }

    @Test func windows1252TextWarns() {
        let result = reader.read(bytes: [0x93] + Array("Quoted".utf8) + [0x94], path: "w.txt")
        #expect(result.records.first?.text == "\u{201C}Quoted\u{201D}")
        #expect(result.warnings == [.decodedAsWindows1252(path: "w.txt")])
    }

    @Test(arguments: [
        ("", "empty.txt", ReadWarning.emptyFile(path: "empty.txt")),
        (" \n\t\r\n  ", "blank.txt", .emptyFile(path: "blank.txt")),
        ("\u{0}\u{1}ELF binary\u{0}", "a.out", .binaryFile(path: "a.out")),
        ("  \n", "blank.json", .emptyFile(path: "blank.json")),
        ("{\"title\": \"x\"}", "notext.json", .noTextField(path: "notext.json", record: "notext")),
        ("{\"text\": \"  \\n \"}", "blanktext.json", .emptyText(path: "blanktext.json", record: "blanktext")),
        ("42", "number.json", .notAnArticle(path: "number.json", record: "number")),
        ("{\"text\": \"unterminated", "bad.json", .malformedJSON(path: "bad.json", reason: "")),
    ])
    func skipsWithWarning(_ text: String, _ path: String, _ expected: ReadWarning) {
        let result = read(text, path)
        #expect(result.records.isEmpty)
        #expect(result.warnings.count == 1)
        // Parser messages vary by platform; compare the case and the path.
        if case .malformedJSON = expected, case .malformedJSON(let p, _) = result.warnings.first {
            #expect(p == path)
        } else {
            #expect(result.warnings == [expected])
        }
    }

    @Test func controlHeavyBytesAreBinary() {
        let bytes = (0..<200).map { UInt8($0 % 8 + 1) } + Array("text".utf8)
        #expect(DocumentReader.looksBinary(bytes))
        #expect(!DocumentReader.looksBinary(Array("plain\ttext\nwith \u{1B}[1mbold\u{1B}[0m".utf8)))
    }

    @Test func singleJSONObjectUsesStemAndFields() throws {
        let json = """
        {"title": "Envoy visits capital", "text": "Line one.\\r\\nLine two.\\u202e", "date": "2023-05-22T08:05:00+08:00",
         "url": "https://news.example.org/a", "source": "Example News"}
        """
        let record = try #require(read(json, "dir/one.json").records.first)
        #expect(record.id == "one")
        #expect(record.title == "Envoy visits capital")
        #expect(record.text == "Line one.\nLine two.")
        #expect(record.dateString == "2023-05-22T08:05:00+08:00")
        #expect(record.url == "https://news.example.org/a")
        #expect(record.source == "Example News")
    }

    @Test func newsPleaseFields() throws {
        let json = """
        {"title": "Ministers meet", "maintext": "Ministers met on Monday.", "date_publish": "2017-07-17 17:03:00",
         "date_modify": "2018-01-01 00:00:00", "source_domain": "www.example.com", "url": "http://x"}
        """
        let record = try #require(read(json, "np.json").records.first)
        #expect(record.text == "Ministers met on Monday.")
        #expect(record.dateString == "2017-07-17 17:03:00")
        #expect(record.source == "www.example.com")
    }

    @Test(arguments: [
        ("{\"text\": \"a\", \"published\": \"Mon, 17 Jul 2017 10:00:00 GMT\", \"hostname\": \"h.example\"}", "Mon, 17 Jul 2017 10:00:00 GMT", "h.example"),
        ("{\"content\": \"a\", \"source\": {\"id\": null, \"name\": \"Wire\"}}", nil, "Wire"),
        ("{\"text\": \"a\", \"date\": null, \"source\": 7}", nil, nil),
    ] as [(String, String?, String?)])
    func alternativeFieldNames(_ json: String, _ date: String?, _ source: String?) throws {
        let record = try #require(read(json, "f.json").records.first)
        #expect(record.dateString == date)
        #expect(record.source == source)
    }

    @Test func jsonArrayGivesIndexedIds() {
        let json = "[{\"text\": \"first\"}, 3, {\"title\": \"no text\"}, {\"text\": \"fourth\"}]"
        let result = read(json, "batch.json")
        #expect(result.records.map(\.id) == ["batch#1", "batch#4"])
        #expect(result.warnings == [.notAnArticle(path: "batch.json", record: "batch#2"),
                                    .noTextField(path: "batch.json", record: "batch#3")])
    }

    @Test func objectWrappingArticles() {
        let json = "{\"status\": \"ok\", \"articles\": [{\"text\": \"a\"}, {\"text\": \"b\"}]}"
        #expect(read(json, "feed.json").records.map(\.text) == ["a", "b"])
    }

    @Test func jsonLinesWithMalformedLineAndBlankLines() {
        let jsonl = "{\"text\": \"one\"}\r\n\n{\"text\": broken}\n{\"text\": \"four\", \"title\": \"T\"}\n[1]\n"
        let result = read(jsonl, "wire.jsonl")
        #expect(result.records.map(\.id) == ["wire#1", "wire#4"])
        #expect(result.records.map(\.text) == ["one", "four"])
        #expect(result.warnings == [.malformedJSONLine(path: "wire.jsonl", line: 3),
                                    .notAnArticle(path: "wire.jsonl", record: "wire#5")])
    }

    @Test func prettyPrintedObjectInJSONLinesFile() {
        let result = read("{\n  \"text\": \"whole\"\n}\n", "pretty.jsonl")
        #expect(result.records.map(\.id) == ["pretty"])
        #expect(result.warnings.isEmpty)
    }

    @Test func jsonLinesSavedAsJSON() {
        let result = read("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", "mislabelled.json")
        #expect(result.records.map(\.id) == ["mislabelled#1", "mislabelled#2"])
    }

    @Test func windows1252JSON() {
        let bytes = Array("{\"text\": \"".utf8) + [0x93, 0x41, 0x94] + Array("\"}".utf8)
        let result = reader.read(bytes: bytes, path: "w.jsonl")
        #expect(result.records.first?.text == "\u{201C}A\u{201D}")
        #expect(result.warnings == [.decodedAsWindows1252(path: "w.jsonl")])
    }

    @Test(arguments: [
        ("[{\"text\": \"a\"}]", DocumentFormat.json), ("{\"text\": \"a\"}", .jsonLines), ("Plain words", .text),
    ])
    func stdinFormatIsSniffed(_ text: String, _ format: DocumentFormat) {
        #expect(DocumentReader.format(of: "-", bytes: Array(text.utf8)) == format)
        #expect(read(text, "-").records.first?.id.hasPrefix("stdin") == true)
    }

    @Test(arguments: [
        ("a/b/story.txt", "story", "txt"), ("story", "story", ""), (".hidden", ".hidden", ""),
        ("x/archive.tar.json", "archive.tar", "json"), ("-", "stdin", ""),
    ])
    func stemAndExtension(_ path: String, _ stem: String, _ ext: String) {
        #expect(DocumentReader.stem(of: path) == stem)
        #expect(DocumentReader.fileExtension(of: path) == ext)
    }

    @Test func warningMessagesNameTheFile() {
        #expect(ReadWarning.malformedJSONLine(path: "f.jsonl", line: 7).message == "f.jsonl:7: malformed JSON line, skipped")
        #expect(ReadWarning.binaryFile(path: "x.bin").message.hasPrefix("x.bin:"))
    }
}
