import DatelineModel
@testable import DatelineExtraction

/// One table row: a sentence, the expression expected in it, and its resolved interval.
struct TemporalCase: CustomStringConvertible, Sendable {
    var sentence: String
    var expression: String
    var earliest: String?
    var latest: String?
    var granularity: Granularity
    var value: String?

    init(_ sentence: String, _ expression: String, _ earliest: String?, _ latest: String?, _ granularity: Granularity,
         value: String? = nil) {
        self.sentence = sentence
        self.expression = expression
        self.earliest = earliest
        self.latest = latest
        self.granularity = granularity
        self.value = value
    }

    var description: String { "\(expression) ← \(sentence)" }
}

enum TemporalFixture {
    /// Wednesday, April 24, 2024 (ISO week 17: Mon Apr 22 – Sun Apr 28).
    static let pub = PublicationDate(exactly: day("2024-04-24"), basis: "metadata")

    static func day(_ iso: String) -> CalendarDate {
        guard let d = CalendarDate(iso: iso) else { fatalError("bad fixture date \(iso)") }
        return d
    }

    static func range(_ a: String, _ b: String) -> PublicationDate {
        PublicationDate(earliest: day(a), latest: day(b), basis: "text_bounds")
    }

    /// The expression tagged with exactly `text` in `sentence`, if any.
    static func find(_ text: String, in sentence: String, publication: PublicationDate?) -> TemporalExpression? {
        TemporalTagger().tag(text: sentence, publication: publication).first { $0.text == text }
    }

    /// Tags several sentences as one document; returns every expression in order.
    static func document(_ sentences: [String], publication: PublicationDate?) -> [TemporalExpression] {
        var offset = 0
        let items = sentences.enumerated().map { (k, text) -> Sentence in
            defer { offset += text.utf8.count + 1 }
            return Sentence(text: text, range: offset..<(offset + text.utf8.count), paragraph: k)
        }
        return TemporalTagger().tag(sentences: items, publication: publication).flatMap { $0 }
    }

    /// Mismatches between a tagged expression and the row, as readable lines (empty when it agrees).
    static func problems(_ c: TemporalCase, publication: PublicationDate?) -> [String] {
        guard let x = find(c.expression, in: c.sentence, publication: publication) else {
            let found = TemporalTagger().tag(text: c.sentence, publication: publication).map(\.text)
            return ["'\(c.expression)' not tagged; found \(found)"]
        }
        var out: [String] = []
        if x.span.earliest?.iso != c.earliest { out.append("earliest \(x.span.earliest?.iso ?? "nil") ≠ \(c.earliest ?? "nil")") }
        if x.span.latest?.iso != c.latest { out.append("latest \(x.span.latest?.iso ?? "nil") ≠ \(c.latest ?? "nil")") }
        if x.span.granularity != c.granularity { out.append("granularity \(x.span.granularity) ≠ \(c.granularity)") }
        if let v = c.value, x.value != v { out.append("value \(x.value) ≠ \(v)") }
        return out
    }
}
