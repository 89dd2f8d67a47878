import Testing
@testable import DatelineExtraction

@Suite struct SentenceSplitterTests {
    static let lexicon: AbbreviationLexicon = {
        (try? AbbreviationLexicon.bundled()) ?? AbbreviationLexicon(parsing: "")
    }()
    private let splitter = SentenceSplitter(abbreviations: SentenceSplitterTests.lexicon)

    private func split(_ text: String) -> [String] {
        splitter.split(text, paragraphs: [0..<text.utf8.count]).map(\.text)
    }

    static let cases: [(String, [String])] = [
        ("One. Two.", ["One.", "Two."]),
        // A footnote mark ends its sentence with it; a bracket that is no footnote does not.
        ("The rules take effect on May 17.[1] (Note that the firm was told earlier.)",
         ["The rules take effect on May 17.[1]", "(Note that the firm was told earlier.)"]),
        ("They met.[12] Talks resumed.", ["They met.[12]", "Talks resumed."]),
        ("They met. [Editor's note] Talks resumed.", ["They met.", "[Editor's note] Talks resumed."]),
        ("The talks ended. Both sides left.", ["The talks ended.", "Both sides left."]),
        ("Is it over? Nobody knows! Then silence.", ["Is it over?", "Nobody knows!", "Then silence."]),
        ("The U.S. and China agreed.", ["The U.S. and China agreed."]),
        ("Tariffs hit the U.S. economy hard.", ["Tariffs hit the U.S. economy hard."]),
        ("Exports fell in the U.S. The decline was sharp.", ["Exports fell in the U.S.", "The decline was sharp."]),
        ("He flew to the U.S. But talks stalled.", ["He flew to the U.S.", "But talks stalled."]),
        ("The U.S. Trade Representative spoke.", ["The U.S. Trade Representative spoke."]),
        ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
        ("The vote is on Apr. 26, 2024, officials said.", ["The vote is on Apr. 26, 2024, officials said."]),
        ("Talks start Sept. 1 in Geneva.", ["Talks start Sept. 1 in Geneva."]),
        ("The law took effect in Sept. The first case followed.", ["The law took effect in Sept.", "The first case followed."]),
        ("Sen. Jane Roe objected.", ["Sen. Jane Roe objected."]),
        ("Mr. Lee and Dr. Park met Gen. Kim.", ["Mr. Lee and Dr. Park met Gen. Kim."]),
        ("Lt. Col. Sam Roe led the unit.", ["Lt. Col. Sam Roe led the unit."]),
        ("He is the No. 2 official. He resigned.", ["He is the No. 2 official.", "He resigned."]),
        ("She said no. Then she left.", ["She said no.", "Then she left."]),
        ("John F. Kennedy visited Berlin.", ["John F. Kennedy visited Berlin."]),
        ("J.D. Vance spoke on Monday.", ["J.D. Vance spoke on Monday."]),
        ("Growth was 7.5 percent. Inflation eased.", ["Growth was 7.5 percent.", "Inflation eased."]),
        ("The deal is worth $1.2 billion. It runs two years.", ["The deal is worth $1.2 billion.", "It runs two years."]),
        ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
        ("He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
        ("It was ... Beijing's call, he said.", ["It was ... Beijing's call, he said."]),
        ("“We will respond,” he said. She nodded.", ["“We will respond,” he said.", "She nodded."]),
        ("“We will respond.” She nodded.", ["“We will respond.”", "She nodded."]),
        ("\"It is over.\" Officials agreed.", ["\"It is over.\"", "Officials agreed."]),
        ("“Why now?” he asked.", ["“Why now?” he asked."]),
        ("He left. “This is final,” he said.", ["He left.", "“This is final,” he said."]),
        ("WASHINGTON, Jan. 15 (Reuters) - Leaders met. They signed.", ["WASHINGTON, Jan. 15 (Reuters) - Leaders met.", "They signed."]),
        ("BEIJING, June 19 (AP) — Talks began. More followed.", ["BEIJING, June 19 (AP) — Talks began.", "More followed."]),
        ("Micron Technology Inc. said it would comply.", ["Micron Technology Inc. said it would comply."]),
        ("The firm is Acme Inc. The shares fell.", ["The firm is Acme Inc.", "The shares fell."]),
        ("He lives in Sacramento, Calif. He moved there in 2019.", ["He lives in Sacramento, Calif.", "He moved there in 2019."]),
        ("They met at 9 a.m. The talks lasted hours.", ["They met at 9 a.m.", "The talks lasted hours."]),
        ("The plan (announced in May.) stalled.", ["The plan (announced in May.) stalled."]),
        ("Visit U.S.-China talks.", ["Visit U.S.-China talks."]),
        ("The result was 2-1. 2024 will be different.", ["The result was 2-1.", "2024 will be different."]),
        ("See the site example.com for details.", ["See the site example.com for details."]),
        ("It ended in 1979. (It was a shock.) Then came calm.", ["It ended in 1979.", "(It was a shock.)", "Then came calm."]),
        ("Élysée officials said so. Éric Roe agreed.", ["Élysée officials said so.", "Éric Roe agreed."]),
        ("No terminal mark here", ["No terminal mark here"]),
        ("Wrapped line one ends.\nNext line starts.", ["Wrapped line one ends.", "Next line starts."]),
        ("e.g. the tariffs, i.e. the duties.", ["e.g. the tariffs, i.e. the duties."]),
        ("1. The tariffs stay. 2. The talks go on.", ["1. The tariffs stay.", "2. The talks go on."]),
        ("(3). The last point.", ["(3). The last point."]),
    ]

    @Test(arguments: cases)
    func splits(_ c: (String, [String])) {
        #expect(split(c.0) == c.1)
    }

    @Test func rangesPointIntoTheDocumentAndParagraphsAreCounted() {
        let text = "Headline\n\nFirst one. Second one.\n\n“Third” — one.  \n"
        let first = Array(text.utf8).firstIndex(of: UInt8(ascii: "F")) ?? 0
        let p1 = first..<(first + "First one. Second one.".utf8.count)
        let thirdStart = p1.upperBound + 2
        let p2 = thirdStart..<(thirdStart + "“Third” — one.".utf8.count)
        let sentences = splitter.split(text, paragraphs: [p1, p2])
        #expect(sentences.map(\.text) == ["First one.", "Second one.", "“Third” — one."])
        #expect(sentences.map(\.paragraph) == [0, 0, 1])
        for s in sentences { #expect(text.utf8Slice(s.range) == s.text) }
    }

    @Test func usesLayoutParagraphs() {
        let text = "A headline for this story here\n\nBody one. Body two."
        let layout = ArticleLayout(headline: "A headline for this story here", headlineRange: 0..<30, paragraphs: [32..<51])
        #expect(splitter.split(text, layout: layout).map(\.text) == ["Body one.", "Body two."])
    }

    @Test(arguments: ["", ".", "...", "?!", "“", "a.", ". A", "Mr.", "U.S. ", "\u{2026}"])
    func degenerateInputsDoNotCrash(_ text: String) {
        let sentences = splitter.split(text, paragraphs: [0..<text.utf8.count, 0..<(text.utf8.count + 5)])
        #expect(sentences.allSatisfy { !$0.text.isEmpty && $0.range.upperBound <= text.utf8.count })
    }

    @Test func lexiconSections() {
        #expect(Self.lexicon.kind(of: "Gen") == .title)
        #expect(Self.lexicon.kind(of: "sept") == .month)
        #expect(Self.lexicon.kind(of: "No") == .number)
        #expect(Self.lexicon.kind(of: "Inc") == .other)
        #expect(Self.lexicon.isStarter("The"))
        #expect(!Self.lexicon.isStarter("Kennedy"))
    }
}
