import ArgumentParser
import DatelineExtraction
import DatelineModel
import Foundation

/// `dateline tag [FILE…] [--dct YYYY-MM-DD] [--format timeml|json]`: the temporal tagger on its own,
/// for inspection and for scoring against TimeML corpora (Scripts/score_timeml.py).
struct Tag: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tag temporal expressions in text files as TimeML or JSON Lines.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case timeml, json }

    @Argument(help: "UTF-8 text files (standard input when none).")
    var files: [String] = []

    @Option(help: "Document creation (publication) date, YYYY-MM-DD.")
    var dct: String?

    @Option(help: "Output format: timeml (inline TIMEX3 tags) or json (one JSON object per line).")
    var format: Format = .json

    func validate() throws {
        if let dct, CalendarDate(iso: dct) == nil { throw ValidationError("--dct must be YYYY-MM-DD, got \(dct)") }
    }

    func run() throws {
        let day = dct.flatMap { CalendarDate(iso: $0) }
        let publication = day.map { PublicationDate(exactly: $0, basis: "metadata") }
        let inputs: [(name: String, text: String)]
        if files.isEmpty {
            inputs = [("stdin", Self.decode(FileHandle.standardInput.readDataToEndOfFile()))]
        } else {
            inputs = try files.map { path in
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw ValidationError("cannot read \(path)")
                }
                let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
                return (stem, Self.decode(data))
            }
        }
        for input in inputs {
            let expressions = Self.tagDocument(input.text, publication: publication)
            switch format {
            case .json: print(TimeMLWriter.jsonLine(document: input.name, dct: day, expressions: expressions))
            case .timeml: print(TimeMLWriter.timeML(text: input.text, expressions: expressions))
            }
        }
    }

    /// Tags a whole document; ranges are shifted to document byte offsets.
    static func tagDocument(_ text: String, publication: PublicationDate?) -> [TemporalExpression] {
        let sentences = naiveSentences(text)
        let tagged = TemporalTagger().tag(sentences: sentences, publication: publication)
        var all: [TemporalExpression] = []
        for (sentence, expressions) in zip(sentences, tagged) {
            for var x in expressions {
                x.range = (x.range.lowerBound + sentence.range.lowerBound)..<(x.range.upperBound + sentence.range.lowerBound)
                all.append(x)
            }
        }
        return all
    }

    /// UTF-8 text without a BOM (no other normalisation, so offsets match the file).
    static func decode(_ data: Data) -> String {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Stand-in sentence splitter (the shared one replaces it): breaks at line ends and after `.?!`
    /// followed by a space and a capital, unless the word before is a short capitalised abbreviation.
    static func naiveSentences(_ text: String) -> [Sentence] {
        let bytes = Array(text.utf8)
        var sentences: [Sentence] = []
        var start = 0
        var paragraph = 0
        func emit(_ end: Int) {
            var a = start, b = end
            while a < b, bytes[a] == 0x20 || bytes[a] == 0x0A || bytes[a] == 0x0D || bytes[a] == 0x09 { a += 1 }
            while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x0A || bytes[b - 1] == 0x0D || bytes[b - 1] == 0x09 { b -= 1 }
            if a < b {
                sentences.append(Sentence(text: String(decoding: bytes[a..<b], as: UTF8.self), range: a..<b, paragraph: paragraph))
            }
            start = end
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0A {
                emit(i + 1)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A || bytes[i + 1] == 0x0D { paragraph += 1 }
            } else if b == UInt8(ascii: "."), !isAbbreviation(bytes, i), i + 2 < bytes.count, bytes[i + 1] == 0x20, bytes[i + 2] >= 0x41 && bytes[i + 2] <= 0x5A || bytes[i + 2] == 0x22 {
                emit(i + 1)
            } else if b == UInt8(ascii: "?") || b == UInt8(ascii: "!"), i + 1 < bytes.count, bytes[i + 1] == 0x20 {
                emit(i + 1)
            }
            i += 1
        }
        emit(bytes.count)
        return sentences
    }

    /// "Oct.", "Mr.", "U.S.", "Gen.": a capitalised word of at most four letters before the dot.
    private static func isAbbreviation(_ bytes: [UInt8], _ dot: Int) -> Bool {
        var k = dot - 1
        while k >= 0, (bytes[k] | 0x20) >= 0x61 && (bytes[k] | 0x20) <= 0x7A || bytes[k] == UInt8(ascii: ".") { k -= 1 }
        let word = bytes[(k + 1)..<dot]
        guard let first = word.first else { return false }
        return word.count <= 4 && first >= 0x41 && first <= 0x5A
    }
}
