import Testing
@testable import DatelineExtraction

/// The byte-level helpers behind the faster semantic stages give the answers of the plain code
/// they replace.
@Suite struct SemanticsSpeedTests {
    static var classifier: IssueClassifier {
        get throws { IssueClassifier(taxonomy: try #require(SemanticFixtures.lexicons).taxonomy) }
    }

    /// The reference: the sentence's bytes with other events' stretches blanked (ASCII only, so
    /// the text stays valid UTF-8), to be tokenised again; what the analyzer once did for every
    /// sentence holding several events.
    static func masking(_ others: [Range<Int>], except own: Range<Int>, in text: String) -> String {
        guard !others.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for range in others {
            for i in range.clamped(to: 0..<bytes.count) where !own.contains(i) && bytes[i] < 0x80 { bytes[i] = 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    struct MaskCase: Sendable, CustomStringConvertible {
        var sentence: String
        /// Blanked stretches (as substrings, first occurrence), the kept own stretch, later stretches.
        var others: [String]
        var own: String = ""
        var later: [String] = []
        var description: String { sentence }
    }

    static let maskCases: [MaskCase] = [
        // Whole words blanked: the fast path.
        MaskCase(sentence: "Tariffs on chips rose in May and warships sailed in June.", others: ["warships sailed in June."]),
        MaskCase(sentence: "Tariffs on chips rose in May and warships sailed in June.", others: [], later: ["and warships sailed"]),
        // A term spanning a blank: its text reads the blank as spaces.
        MaskCase(sentence: "The trade secrets case and the trade war grew.", others: ["secrets case and the trade"]),
        // A blank ending inside a stretch ("June" before the period), curly quotes, a no-break space.
        MaskCase(sentence: "Sanctions hit banks in June. “Missiles” flew\u{A0}over Kyiv.", others: ["banks in June"]),
        MaskCase(sentence: "Drones struck Kyiv, and tariffs rose.", others: ["Drones struck Kyiv, and"], own: "struck"),
        // Non-ASCII inside a blanked stretch stays (blanking only touches ASCII).
        MaskCase(sentence: "Envoys met in Zürich over emissions and tariffs.", others: ["in Zürich over"]),
    ]

    static func range(of piece: String, in sentence: String) -> Range<Int> {
        guard !piece.isEmpty, let r = sentence.range(of: piece) else { return 0..<0 }
        let start = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
        return start..<(start + piece.utf8.count)
    }

    @Test(arguments: maskCases) func maskedClassifyMatchesRetokenising(_ c: MaskCase) throws {
        let classifier = try Self.classifier
        let others = c.others.map { Self.range(of: $0, in: c.sentence) }
        let later = c.later.map { Self.range(of: $0, in: c.sentence) }
        let own = Self.range(of: c.own, in: c.sentence)
        let masked = Self.masking(later, except: 0..<0,
                                              in: Self.masking(others, except: own, in: c.sentence))
        let expected = classifier.classify(sentence: TokenizedSentence(masked), triggerClass: "meeting")
        let found = classifier.classify(sentence: TokenizedSentence(c.sentence), blanking: others, except: own,
                                        alsoBlanking: later, triggerClass: "meeting")
        #expect(found == expected)
    }

    @Test func wholeStretchTest() {
        let bytes = Array("ab cd, ef".utf8)
        var blank = [Bool](repeating: false, count: bytes.count)
        #expect(IssueClassifier.blanksWholeStretches(bytes, blank))
        for i in 3..<5 { blank[i] = true }  // "cd" without its comma
        #expect(!IssueClassifier.blanksWholeStretches(bytes, blank))
        blank[5] = true
        #expect(IssueClassifier.blanksWholeStretches(bytes, blank))
    }

    @Test(arguments: [("a", "A", true), ("Tariffs", "tariffs", true), ("tariff", "tariffs", false),
                      ("ÉTÉ", "été", true), ("Zürich", "ZÜRICH", true)])
    func evidenceCompareIgnoresCase(_ a: String, _ b: String, _ same: Bool) {
        #expect(IssueClassifier.Evidence.equalIgnoringCase(a, b) == same)
        #expect(IssueClassifier.Evidence.equalIgnoringCase(a, b) == (a.lowercased() == b.lowercased()))
    }

    @Test func evidenceKeepsFirstSpellingPerIssue() {
        var e = IssueClassifier.Evidence()
        e.add("trade", "Tariffs")
        e.add("trade", "tariffs")
        e.add("tech", "chips")
        e.add("trade", "duties")
        e.keep { $0 != "tech" }
        #expect(e.dictionary == ["trade": ["Tariffs", "duties"]])
    }

    @Test(arguments: [("tariffs", "tariff", true), ("tariff", "tariff", false), ("tariffx", "tariff", false),
                      ("g7s", "g7", true), ("cafés", "café", true), ("cafe\u{301}s", "café", true)])
    func pluralTest(_ key: String, _ word: String, _ plural: Bool) {
        #expect(IssueClassifier.isPlural(key, of: word) == plural)
        #expect(IssueClassifier.isPlural(key, of: word) == (key == word + "s"))
    }

    @Test func wordTableFindsEveryKeyAndNoOther() {
        var table = WordTable<Int>()
        let keys = (0..<500).map { "w\($0)" }
        for (n, key) in keys.enumerated() { table[key] = n }
        table["w7"] = 700
        for (n, key) in keys.enumerated() { #expect(table.value(forKey: key) == (key == "w7" ? 700 : n)) }
        #expect(table.count == 500)
        #expect(table.value(forKey: "w500") == nil)
        #expect(table.value(forBytes: Array("w42".utf8), hash: WordHash.of("w42")) == 42)
        #expect(table.value(forBytes: Array("x42".utf8), hash: WordHash.of("w42")) == nil)
    }

    @Test(arguments: [("Xi", "Xi" as String?), ("  Xi  ", "Xi"), ("Xi Jinping", nil), ("", nil), ("   ", nil),
                      ("Zelenskyy", "Zelenskyy"), ("Ñañez", "Ñañez"), ("José Ruiz", nil)])
    func onlyWord(_ name: String, _ word: String?) {
        #expect(DocumentEntities.onlyWord(of: name) == word)
        let words = name.split(separator: " ")
        #expect(DocumentEntities.onlyWord(of: name) == (words.count == 1 ? String(words[0]) : nil))
    }
    static let leadCases: [[String]] = [
        ["Tariffs rise again", "Beijing raised tariffs on soybeans.", "Tariffs on chips followed in May."],
        // A two-word term across the line break between parts ("trade" | "secrets").
        ["", "Prosecutors said he stole trade", "secrets and trade secrets again, trade secrets."],
        ["Climate envoys meet", "Emissions and climate finance dominate.", "", "Climate talks resume."],
        [],
    ]

    @Test(arguments: leadCases) func documentIssuesFromPartsMatchJoinedText(_ parts: [String]) throws {
        let classifier = try Self.classifier
        let joined = classifier.documentIssues(in: parts.joined(separator: "\n"))
        #expect(classifier.documentIssues(in: parts.map { TokenizedSentence($0) }) == joined)
        #expect(classifier.documentIssues(in: parts.map { TokenizedSentence($0) }, limit: 3, minimumCount: 1)
                == classifier.documentIssues(in: parts.joined(separator: "\n"), limit: 3, minimumCount: 1))
    }
    @Test func documentPeopleMatchASecondAbsorbingPass() throws {
        let recognizer = try #require(SemanticFixtures.lexicons).entityRecognizer
        let sentences = ["Xi met Foreign Minister Wang Yi in Beijing.", "Antony Blinken said Xi Jinping agreed.",
                         "Blinken and Wang spoke again.", "Mr. Blinken's trip ended; Xi left."].map(TokenizedSentence.init)
        let (entities, known) = recognizer.recognizeWithPeople(document: sentences)
        var again = DocumentEntities()
        for e in entities { _ = again.absorb(e) }
        #expect(known == again)
        #expect(!known.people.isEmpty)
        #expect(entities == recognizer.recognize(document: sentences))
    }
}
