import Testing
@testable import DatelineExtraction

/// The byte-level helpers the title builder uses must answer exactly as the `String` code they
/// replaced, on ASCII text (their fast path) and on text that sends them back to `String`s.
@Suite struct TitleFastPathTests {
    /// Spaces doubled, leading and trailing; curly quotes, accents, a combining mark after a space
    /// (one `Character` with it), a carriage return before a line feed (one `Character`).
    static let texts = [
        "", " ", "  ", "Wang Yi meets Jake Sullivan", " leading", "trailing ", "double  space", "a", "The",
        "will meet", "talks would continue", "Talks Would Continue", "It WILL", "Shall we", "wills and wishes",
        "China’s envoy", "Lý Hiển Long visits", "e \u{301}x", "x\r\ny", "officials'", "KELVIN \u{212A}",
        "São Paulo hosts summit", "Beijing’s", "Kyiv's", "talks would resume in Hà Nội", "“would” meet", "x \u{301}will go",
        "Ministers in Lý Sơn would meet", "\u{212A}ILL would", "Seoul’s envoy will visit Tōkyō", "a — b", "$787.6 billion", "U.S.-China economic", "he", "HE", "Its", "it", "They",
    ]

    @Test(arguments: texts)
    func wordsMatchSplit(text: String) {
        #expect(AsciiWord.words(text) == text.split(separator: " "))
        #expect(AsciiWord.wordCount(text) == text.split(separator: " ").count)
        #expect(AsciiWord.firstWord(text) == text.prefix { $0 != " " })
        let pieces = text.split(separator: " ")
        #expect(Array(AsciiWord.joined(pieces).utf8) == Array(pieces.joined(separator: " ").utf8))
        #expect(AsciiWord.characterCount(text).map { $0 == text.count } ?? true)
    }

    @Test(arguments: texts + ["ébats", "1 vote", "\r\nx", "a\u{301}b", "z", "ß x", "'tis", "ﬁnal"])
    func capitalizingMatchesCharacterUppercase(text: String) {
        let expected = text.first.map { $0.uppercased() + text.dropFirst() } ?? text
        #expect(AsciiWord.capitalizingFirst(text) == expected)
        #expect(Array(AsciiWord.capitalizingFirst(text).utf8) == Array(expected.utf8))
    }

    @Test(arguments: texts)
    func lowercasedComparisonsMatchString(text: String) {
        for word: StaticString in ["it", "they", "will", "he"] {
            let expected = text.lowercased() == word.description
            #expect(AsciiWord.lowercased(text, equals: word).map { $0 == expected } ?? true)
        }
        let set = WordSet(["will", "would", "shall", "its", "he", "k"])
        let plain: Set<String> = ["will", "would", "shall", "its", "he", "k"]
        #expect(set.contains(lowercasing: text) == plain.contains(text.lowercased()))
        #expect(set.contains(key: text) == plain.contains(text))
    }

    @Test(arguments: texts + ["the", "an", "than", "thé", "a\u{301}"])
    func spellingMatchesEquality(text: String) {
        for word: StaticString in ["the", "a", "an", "than"] {
            #expect(AsciiWord.spells(text, word) == (text == word.description))
            #expect(AsciiWord.spells(text[...], word) == (text[...] == word.description))
        }
    }

    @Test(arguments: texts)
    func suffixTestsMatchString(text: String) {
        for suffix in ["", "s", "Long", "visits", "\u{301}x", "\ny", "Paulo hosts summit", "x", "’s", "\u{301}", "\r\ny", "\r"] {
            #expect(AsciiWord.hasSuffix(text, suffix) == text.hasSuffix(suffix))
        }
    }

    /// A made verb is compared with a key on its bytes: the same answer as making its head verb.
    @Test(arguments: texts + ["to visit", "meets", "Meets ", "to be released", "shoot down", "visits  ", "to \u{212A}ill"])
    func madeVerbHeadsMatchHeadVerb(verb: String) {
        let keys = ["visit", "meets", "released", "down", "", "k", "\u{212A}", "Meets", "meets ", "space", "continue",
                    "envoy", "kill", "\u{212A}ill", "long", "visits"]
        var made = MadeVerbs()
        made.append(verb)
        for key in keys {
            #expect(MadeVerbs.heads(verb, key) == (TitleBuilder.headVerb(of: verb) == key), "\(verb) / \(key)")
            #expect(made.contains(key) == (TitleBuilder.headVerb(of: verb) == key))
        }
    }

    @Test func tokenSuffixesMatchString() {
        for token in WordTokenizer.tokens(in: "Quickly launched talks, meeting São Paulo’s officials and Lý’s envoy, ended.") {
            for suffix in ["ly", "ed", "ing", "s", "", "lo", "ý", "y"] {
                #expect(token.keyHasSuffix(suffix) == token.key.hasSuffix(suffix))
            }
        }
    }

    /// `plannedAsInfinitive` as it was before its byte-level shortcut.
    static func plannedByString(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        for i in words.indices.dropLast() where ["will", "would", "shall"].contains(words[i].lowercased()) {
            let next = words[i + 1]
            if i > 0, next.first?.isLowercase == true, !["have", "be", "not", "never", "also"].contains(next) { words[i] = "to" }
        }
        return words.joined(separator: " ")
    }

    @Test(arguments: texts + ["Officials  said talks would resume", "the pact will be signed", "leaders would meet "])
    func plannedAsInfinitiveMatchesStringVersion(text: String) {
        #expect(TitleBuilder.plannedAsInfinitive(text) == Self.plannedByString(text))
    }

    @Test func wordSetsAgreeWithTokensAndKeys() {
        let set = WordSet(["the", "a", "an", "u.s."])
        for token in WordTokenizer.tokens(in: "The U.S. envoy met an aide, then a THE-style panel.") {
            #expect(set.contains(token) == ["the", "a", "an", "u.s."].contains(token.key))
            #expect(set.contains(token) == set.contains(key: token.key))
        }
    }

    /// Every title word set answers for tokens as a literal array of its words would.
    @Test func titleWordSetsMatchTheirWords() {
        let sets: [(WordSet, [String])] = [
            (TitleWords.futureModals, ["will", "would", "shall", "'ll"]),
            (TitleWords.subordinators, ["when", "while", "after", "before", "by", "since"]),
            (TitleWords.connectives, ["and", "or", "but", "the", "a", "an"]),
            (TitleWords.quantifiers, ["most", "some", "all", "many", "several", "both", "none", "each", "half", "one", "two"]),
        ]
        let tokens = WordTokenizer.tokens(in: "We'll go when most of the two sides, and some, WILL or would not shall'll, by Shall.")
        for (set, words) in sets {
            for token in tokens { #expect(set.contains(token) == words.contains(token.key)) }
        }
    }

    @Test func lexiconProbesAgreeWithStringLookups() throws {
        let cues = try CueLexicon.bundled()
        let grammar = try TitleGrammar.bundled()
        let words = ["In", "ON", "of", "will", "Would", "He", "they", "Its", "went", "GAVE", "said", "Über", "million",
                     "however", "the", "", "met", "was", "\u{212A}"]
        for word in words {
            for list in [CueLexicon.List.preposition, .auxiliary, .speech, .determiner] {
                #expect(cues.contains(list, lowercasing: word) == cues.contains(list, key: word.lowercased()))
            }
            for list in TitleGrammar.List.allCases {
                #expect(grammar.contains(list, lowercasing: word) == grammar.contains(list, key: word.lowercased()))
            }
            #expect(cues.thirdPerson(ofKey: word.lowercased()) == cues.thirdPersonOf[word.lowercased()])
        }
        for token in WordTokenizer.tokens(in: "He said they went and gave it, however, to the million who was met.") {
            for list in TitleGrammar.List.allCases {
                #expect(grammar.contains(list, token: token) == grammar.contains(list, key: token.key))
            }
            #expect(cues.thirdPerson(of: token) == cues.thirdPersonOf[token.key])
        }
    }

    @Test func grammarListIndicesArePositionsInAllCases() {
        for (position, list) in TitleGrammar.List.allCases.enumerated() {
            #expect(list.index == position)
        }
    }

    @Test func entryByLemmaIsTheFirstScanned() throws {
        let lexicon = try #require(SemanticFixtures.lexicons).triggers
        var pairs = lexicon.entries.map { ($0.lemma, $0.triggerClass) }
        pairs += [("meet", "no-such-class"), ("no-such-lemma", "meeting"), ("", "")]
        for (lemma, triggerClass) in pairs {
            let scanned = lexicon.entries.first { $0.lemma == lemma && $0.triggerClass == triggerClass }
            #expect(lexicon.entry(lemma: lemma, triggerClass: triggerClass) == scanned)
        }
    }

    @Test(arguments: ["met", "discuss", "a", "", "Met", "met up", "u.s.", "didn't", "officials'", "x1", "café", "MET"])
    func plainWordTokenIsWhatTheTokenizerGives(text: String) {
        let plain = WordTokenizer.plainWordToken(text)
        let scanned = WordTokenizer.tokens(in: text)
        if let plain {
            #expect(scanned == [plain])
        } else {
            // Only plain lowercase ASCII words take the shortcut.
            #expect(text.isEmpty || text.utf8.contains { !(0x61...0x7A).contains($0) })
        }
    }
}

/// `finish` must cut and trim as its `String` version did (below, as it was), whether the words
/// are ASCII (counted in bytes) or not (counted in `Character`s).
@Suite struct TitleFinishFastPathTests {
    static let titles = [
        "the ministers of the two countries meet in the capital to discuss the trade and security agreements of",
        "Ministers sign a long-delayed agreement on cross-border fishing rights and the joint patrols of the",
        "Lý Hiển Long and Hồ Chí Minh City officials discuss the Mekong river water-sharing arrangements and economic",
        "Officials announce plans for U.S.-China economic and financial working groups to meet in Hong Kong’s",
        "Her party suffers heavy losses in the regional elections held across the northern provinces, and",
        "e \u{301}talks — leaders agree on truce; monitors to be deployed across the disputed border regions;",
        "Officials from São Paulo’s port authority and Zürich bankers discuss the financing of the new terminal plan",
        "Envoys of Zürich and Genève discuss the protocol amendments for the Rhône water-sharing commission’s",
        "The", "", "  spaced   words  here ", "its allies meet", "the senate votes on the bill in less than a year",
    ]

    @Test(arguments: titles)
    func finishMatchesStringVersion(text: String) throws {
        let lex = try #require(SemanticFixtures.lexicons)
        let builder = lex.titleBuilder
        let doc = TitleText(sentence: "The envoy met the minister.", excluding: [], entities: SentenceEntities(),
                            titles: builder.titles, cues: builder.cues)
        for protected in [1, 2, 3] {
            #expect(builder.finish(text, doc: doc, protectedWords: protected)
                    == builder.finishByString(text, doc: doc, protectedWords: protected))
        }
    }
}

extension TitleBuilder {
    func finishByString(_ text: String, doc: TitleText, protectedWords: Int = 1) -> String {
        var words: [String] = []
        for word in text.split(separator: " ") where !["the", "a", "an"].contains(word) || words.last == "than" {
            words.append(String(word))
        }
        if words.count > 2, let first = words.first, ["his", "her", "its", "their"].contains(first.lowercased()) {
            words.removeFirst()
        }
        if words.isEmpty {
            let indices = doc.trimmingLeading(Array(doc.tokens.indices), cues: cues)
            words = doc.render(doc.clauseWords(from: indices.first ?? 0, limit: 8, cues: cues), cues: cues)
                .split(separator: " ").map(String.init).filter { !["the", "a", "an"].contains($0) }
        }
        var cut = false
        while words.joined(separator: " ").count > maxLength, words.count > 1 {
            words.removeLast()
            cut = true
        }
        if cut, let p = words.lastIndex(where: { cues.contains(.preposition, key: $0.lowercased()) }),
           p >= 2, words.count - p <= 3 {
            words.removeSubrange(p...)
        }
        while cut, let last = words.last, words.count > max(2, protectedWords + 1),
              last.first?.isLowercase == true && ["ic", "al", "ive", "ous", "ary", "ful", "able", "ible"].contains(where: { last.hasSuffix($0) })
                || ["and", "or"].contains(last) || last.hasSuffix("’s") || last.hasSuffix("'s") {
            words.removeLast()
            if last.hasSuffix("’s") || last.hasSuffix("'s") {
                while let name = words.last, words.count > max(2, protectedWords + 1), name.first?.isUppercase == true { words.removeLast() }
            }
        }
        while let last = words.last, words.count > max(1, protectedWords),
              cues.contains(.preposition, key: last.lowercased()) || cues.contains(.auxiliary, key: last.lowercased())
                || ["the", "a", "an", "and", "or", "its", "their", "his", "her", "that", "which"].contains(last.lowercased()) {
            words.removeLast()
        }
        var out = words.joined(separator: " ")
        while let last = out.last, ",;:.-—–(\"“”'".contains(last) { out.removeLast() }
        if out.count > maxLength { out = String(out.prefix(maxLength)) }
        guard let first = out.first else { return out }
        return first.uppercased() + out.dropFirst()
    }
}

/// `TitleText.render` gathers bytes and decodes once; it must give what appending decoded pieces
/// (below, as it was) gave: names for people, possessives, hyphens, curly apostrophes, accents.
@Suite struct TitleRenderFastPathTests {
    @Test func renderMatchesStringVersion() throws {
        let lex = try #require(SemanticFixtures.lexicons)
        let sentence = "Then-Premier Lý Hiển’s aides and Sen. Ana Cruz' staff met São Paulo's cross-strait envoys on Monday."
        func mention(_ kind: EntityMention.Kind, _ text: String, _ name: String) throws -> EntityMention {
            let r = try #require(sentence.range(of: text))
            let start = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
            return EntityMention(kind: kind, range: start..<(start + text.utf8.count), text: text, name: name)
        }
        let entities = SentenceEntities(mentions: [
            try mention(.person, "Lý Hiển", "Lý Hiển Long"), try mention(.person, "Ana Cruz", "Ana Cruz"),
            try mention(.place, "São Paulo", "São Paulo"),
        ])
        let monday = try #require(TitleBuilderTests.byteRange(of: "Monday", in: sentence))
        let doc = TitleText(sentence: sentence, excluding: [monday], entities: entities, titles: lex.titles, cues: lex.cues)
        let all = Array(doc.tokens.indices)
        for indices in [all, Array(all.dropFirst(3)), Array(all.prefix(6)), all.filter { $0 % 2 == 0 }, []] {
            #expect(doc.render(indices, cues: lex.cues) == Self.renderByString(doc, indices, cues: lex.cues))
        }
    }

    static func renderByString(_ doc: TitleText, _ indices: [Int], cues: CueLexicon) -> String {
        var out = ""
        var lastEnd = -1
        var k = 0
        while k < indices.count {
            let i = indices[k]
            let t = doc.tokens[i]
            if doc.excluded[i] || doc.droppable[i] { k += 1; continue }
            if t.isWord, cues.contains(.preposition, token: t), i + 1 < doc.tokens.count, doc.excluded[i + 1] {
                k += 1
                continue
            }
            var piece = String(decoding: doc.bytes[t.range], as: UTF8.self)
            var end = t.range.upperBound
            if let m = doc.mentions.first(where: { $0.kind == .person && $0.range.lowerBound == t.range.lowerBound }) {
                piece = m.name
                end = m.range.upperBound
                while k + 1 < indices.count, doc.tokens[indices[k + 1]].range.lowerBound < m.range.upperBound { k += 1 }
            }
            if t.isPossessive || doc.mentions.contains(where: { $0.range.upperBound == end }) {
                var e = end
                if e < doc.bytes.count, doc.bytes[e] == UInt8(ascii: "'") {
                    e += 1
                } else if e + 2 < doc.bytes.count, doc.bytes[e] == 0xE2, doc.bytes[e + 1] == 0x80, doc.bytes[e + 2] == 0x99 {
                    e += 3
                }
                if e > end {
                    if e < doc.bytes.count, doc.bytes[e] == UInt8(ascii: "s") { e += 1 }
                    piece += String(decoding: doc.bytes[end..<e], as: UTF8.self)
                    end = e
                }
            }
            if !out.isEmpty && t.range.lowerBound > lastEnd { out += t.isHyphenated ? "-" : " " }
            out += piece
            lastEnd = end
            k += 1
        }
        return out
    }
}
