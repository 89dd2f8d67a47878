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

    @Argument(help: "Article files: .txt/.md (UTF-8 or Windows-1252), .json or .jsonl records (standard input when none).")
    var files: [String] = []

    @Option(help: "Document creation (publication) date, YYYY-MM-DD; overrides the date inferred from each document.")
    var dct: String?

    @Option(help: "Output format: timeml (inline TIMEX3 tags) or json (one JSON object per line).")
    var format: Format = .json

    func validate() throws {
        if let dct, CalendarDate(iso: dct) == nil { throw ValidationError("--dct must be YYYY-MM-DD, got \(dct)") }
    }

    func run() throws {
        do {
            try tag()
        } catch {
            DatelineFailure.exit(with: error)
        }
    }

    /// Reads every input as the other commands do (normalised text, one document per JSON record),
    /// then tags each document against `--dct` or, without it, the publication date the extraction
    /// infers for it. Offsets are UTF-8 bytes of the normalised text.
    private func tag() throws {
        let given = dct.flatMap { CalendarDate(iso: $0) }
        let records = try Self.records(of: files)
        let analyzer = given == nil ? try DocumentAnalyzer(lexicons: AnalysisLexicons.load()) : nil
        for record in records {
            let publication = given.map { PublicationDate(exactly: $0, basis: "metadata") }
                ?? analyzer?.analyze(record).document.published
            // A publication date known only as a range is no DCT (`dct` null), but still resolves.
            let day = publication.flatMap { $0.earliest == $0.latest ? $0.earliest : nil }
            let expressions = Self.tagDocument(record.text, publication: publication)
            switch format {
            case .json: print(TimeMLWriter.jsonLine(document: record.id, dct: day, expressions: expressions))
            case .timeml: print(TimeMLWriter.timeML(text: record.text, expressions: expressions))
            }
        }
    }

    /// The records of `paths` (standard input when empty); unreadable files are skipped with a warning.
    static func records(of paths: [String]) throws -> [ArticleRecord] {
        let reader = DocumentReader()
        var records: [ArticleRecord] = []
        var warnings: [String] = []
        let inputs = paths.isEmpty ? ["-"] : paths
        for path in inputs {
            let bytes: [UInt8]
            if path == "-" {
                bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
            } else {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    throw InputError.missingPath(path)
                }
                guard !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path) else {
                    warnings.append("\(path): not a readable file, skipped")
                    continue
                }
                bytes = [UInt8](data)
            }
            let result = reader.read(bytes: bytes, path: path)
            records += result.records
            warnings += result.warnings.map(\.description)
        }
        for warning in warnings { Diagnostics.warning(warning) }
        if records.isEmpty { throw InputError.nothingReadable(inputs, warnings: []) }
        return records
    }

    /// Tags a whole document; ranges are shifted to document byte offsets.
    static func tagDocument(_ text: String, publication: PublicationDate?) -> [TemporalExpression] {
        let sentences = sentences(of: text)
        let tagged = TemporalTagger().tag(sentences: sentences, publication: publication)
        var all: [TemporalExpression] = []
        for (sentence, expressions) in zip(sentences, tagged) {
            let shift = sentence.range.lowerBound
            for var x in expressions {
                x.range = (x.range.lowerBound + shift)..<(x.range.upperBound + shift)
                if let o = x.offset { x.offset = .init(value: o.value, range: (o.range.lowerBound + shift)..<(o.range.upperBound + shift)) }
                all.append(x)
            }
        }
        return all
    }

    /// The shared splitter over the text's lines (each non-empty line a paragraph), so offsets match
    /// the file; the naive splitter only if the bundled abbreviations cannot be read.
    static func sentences(of text: String) -> [Sentence] {
        guard let abbreviations = try? AbbreviationLexicon.bundled() else { return naiveSentences(text) }
        var paragraphs: [Range<Int>] = []
        var start = 0
        for (i, b) in text.utf8.enumerated() where b == 0x0A {
            if i > start { paragraphs.append(start..<i) }
            start = i + 1
        }
        if text.utf8.count > start { paragraphs.append(start..<text.utf8.count) }
        return SentenceSplitter(abbreviations: abbreviations).split(text, paragraphs: paragraphs)
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

    /// "Oct.", "Mr.", "Gen.": a capitalised word of at most four letters before the dot; or dotted ("U.S.", "p.m.").
    private static func isAbbreviation(_ bytes: [UInt8], _ dot: Int) -> Bool {
        var k = dot - 1
        while k >= 0, (bytes[k] | 0x20) >= 0x61 && (bytes[k] | 0x20) <= 0x7A || bytes[k] == UInt8(ascii: ".") { k -= 1 }
        let word = bytes[(k + 1)..<dot]
        guard let first = word.first else { return false }
        if word.contains(UInt8(ascii: ".")) { return true }  // "p.m.", "U.S."
        return word.count <= 4 && first >= 0x41 && first <= 0x5A
    }
}
