import Testing
@testable import DatelineExtraction

/// The title builder's byte paths (suffixes, planned modals, plurals, word classes per token)
/// must answer exactly as the `String` and lexicon code they stand for, on ASCII text and on
/// text that sends them back to `String`s.
@Suite struct TitleBytesTests {
    static let texts = TitleFastPathTests.texts + [
        "officials", "Ministers", "Philippines", "the police", "its forces", "Officials in Manila", "in talks",
        "Guterres", "crisis", "status", "boss", "Chinese shipments of rare earths", "O'Brien's", "carmakers’",
        "talks would continue", "it would have", "would", "x would", "A will Be", "we will not go", "they will also",
        "officials would \u{301}agree", "leaders would Ébranler", "ministers shall meet", "signed, would meet",
    ]

    static let suffixes: [StaticString] = ["ed", "s", "ss", "ing", "ly", "’s", "'s", "ies", "ic"]

    static let prefixes: [StaticString] = ["He and ", "She and ", "as ", "him ", "it ", "to ", "to be "]

    /// Lowercasing gives `String.lowercased()`'s string: the text itself when it is lowercase ASCII.
    @Test(arguments: texts + ["met", "Met", "MEETS", "Émis", "shoot down", "İstanbul", "KELVIN", "\u{212A}m", ""])
    func lowercasedMatchesString(text: String) {
        #expect(TitleBytes.lowercased(text) == text.lowercased(), "\(text)")
    }

    /// Prefix and space tests on the bytes answer as `String`'s, also before a combining mark
    /// ("it \u{301}…", where the space is no `Character` of its own).
    @Test(arguments: texts + ["He and Xie", "He andrew", "She and", "as \u{301}if", "him  twice", "it\u{301} ", "to be",
                              "to be \u{301}x", "To be seen", "it \u{301}", "shoot down", "x\u{301} y", " \u{301}"])
    func prefixesAndSpacesMatchString(text: String) {
        for prefix in Self.prefixes {
            let written = String(decoding: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount),
                                 as: UTF8.self)
            #expect(TitleBytes.hasPrefix(text, prefix) == text.hasPrefix(written), "\(text) / \(written)")
        }
        #expect(TitleBytes.containsSpace(text) == text.contains(" "))
    }

    /// A verb's readings probed at its token in the sentence answer as those of its written form,
    /// also where a longer phrase starts there ("broke down") or the word is in capitals.
    @Test(arguments: ["Talks broke down after the envoy met Li and agreed to visit.", "The MET office announced it.",
                      "They began talks, fired shots and imposed sanctions as forces withdrew",
                      "Ministers will shoot down claims they held talks", "officials said the deal was signed",
                      "It's the 2nd time O'Brien met them"])
    func verbReadingsAtTokenMatchWrittenForm(sentence: String) throws {
        let lexicon = try #require(SemanticFixtures.lexicons).triggers
        let tokens = TokenizedSentence(sentence).tokens
        for k in tokens.indices where tokens[k].isWord {
            let written = String(decoding: Array(sentence.utf8)[tokens[k].range], as: UTF8.self)
            for form in [written, tokens[k].key] {
                let here = lexicon.verbReadings(of: form, token: k, in: tokens), alone = lexicon.verbReadings(of: form)
                #expect(here.isEmpty == alone.isEmpty && here.firstBase == alone.firstBase, "\(form)")
                #expect(here.firstEntry?.lemma == alone.firstEntry?.lemma)
                // (The forms read in place are the first entry's.)
                #expect(alone.firstThirdPerson == alone.firstEntry?.thirdPerson)
                #expect(alone.firstPastParticiple == alone.firstEntry?.pastParticiple)
                for f in TriggerLexicon.VerbForm.allCases { #expect(here.contains(form: f) == alone.contains(form: f)) }
            }
        }
    }

    /// The base-verb test at a token in place answers as on its key.
    @Test func baseVerbAtTokenMatchesKey() throws {
        let builder = try #require(SemanticFixtures.lexicons).titleBuilder
        for sentence in ["Talks broke down after the envoy met Li and agreed to visit.", "The MET will shoot down claims",
                         "They want to discuss trade and to make a deal, have talks, and go home"] {
            let doc = TitleText(sentence: sentence, excluding: [], entities: SentenceEntities(), titles: builder.titles,
                                cues: builder.cues)
            for k in doc.tokens.indices where doc.tokens[k].isWord {
                #expect(builder.isBaseVerb(doc, at: k) == builder.isBaseVerb(doc.tokens[k].key), "\(doc.tokens[k].key)")
            }
        }
    }

    /// The speech classes compared directly answer as their word set.
    @Test(arguments: ["statement", "announcement", "warning", "Statement", "warnings", "meeting", "", "statement "])
    func speechClassesMatchSet(triggerClass: String) {
        #expect(TitleBuilder.isSpeechClass(triggerClass) == TitleBuilder.speechClasses.contains(key: triggerClass))
    }

    @Test(arguments: texts)
    func suffixesMatchString(text: String) {
        for suffix in Self.suffixes {
            let written = String(decoding: UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount),
                                 as: UTF8.self)
            #expect(TitleBytes.hasSuffix(text, suffix) == text.hasSuffix(written))
            #expect(TitleBytes.hasSuffix(text[...], suffix) == text.hasSuffix(written))
        }
        for word in ["s", "Kong", "ers", "Yi", "ruce"] {
            let bytes = Array(word.utf8)
            let answer = bytes.withUnsafeBufferPointer { TitleBytes.hasSuffix(text, asciiBytes: $0) }
            #expect(answer == AsciiWord.hasSuffix(text, word))
        }
    }

    @Test(arguments: texts + ["It", "IT", "They", "tHEY", "it ", "İt", "\u{212A}it", "they’", "theyy"])
    func lowercasedEqualsAndPronounsMatchString(text: String) throws {
        #expect(TitleBytes.lowercased(text, equals: "it") == (text.lowercased() == "it"))
        #expect(TitleBytes.lowercased(text, equals: "they") == (text.lowercased() == "they"))
        let builder = try #require(SemanticFixtures.lexicons).titleBuilder
        let grammar = builder.titles.grammar
        let expected = AsciiWord.isASCII(text)
            ? !text.utf8.contains(0x20) && grammar.contains(.pronoun, lowercasing: text)
            : !text.contains(" ") && grammar.contains(.pronoun, key: text.lowercased())
        #expect(builder.isPronoun(text) == expected)
    }

    @Test(arguments: texts)
    func wordTokensMatchFilteredTokens(text: String) {
        #expect(TitleBytes.wordTokens(in: text) == WordTokenizer.tokens(in: text).filter(\.isWord))
    }

    @Test(arguments: texts)
    func plannedMatchesWordByWord(text: String) throws {
        let expected = Self.plannedByWords(text)
        #expect(TitleBuilder.plannedAsInfinitive(text) == expected)
        let direct = Array(text.utf8).withUnsafeBufferPointer { TitleBuilder.plannedOnBytes($0) }
        if let direct { #expect(direct == expected) }
    }

    @Test(arguments: texts)
    func pluralMatchesWordList(text: String) throws {
        let builder = try #require(SemanticFixtures.lexicons).titleBuilder
        for names in [[], ["Manila"], ["Rodrigo Duterte", "Philippines"]] {
            let expected = builder.isPlural(AsciiWord.words(text), hasAnd: false, names: names)
            #expect(builder.isPlural(text: text, hasAnd: false, names: { names }) == expected)
        }
        #expect(builder.isPlural(text: text, hasAnd: true, names: { [] }))
    }

    /// Every class test on a token reads the same answer as the lexicons and word sets it replaces.
    @Test(arguments: [
        "However, the ministers of China and the U.S. said on Monday they would not meet (again) next week.",
        "Two years ago, Treasury Secretary Janet Yellen — then in Beijing — met officials; talks: ended?",
        "Le président, for instance, will visit São Paulo’s port, and it was announced that he’d go.",
    ])
    func tokenBitsMatchLexicons(sentence: String) throws {
        let lex = try #require(SemanticFixtures.lexicons)
        let doc = TitleText(sentence: sentence, excluding: [], entities: SentenceEntities(), titles: lex.titles, cues: lex.cues)
        for k in doc.tokens.indices {
            let t = doc.tokens[k]
            for list in CueLexicon.List.allCases where list.bit & CueLexicon.List.titleBits != 0 {
                #expect(doc.isCue(list, k) == lex.cues.contains(list, token: t))
            }
            for list in TitleGrammar.List.allCases {
                #expect(doc.inGrammar(list, k) == lex.titles.grammar.contains(list, token: t))
            }
            for c in TitleWordBits.Class.allCases {
                #expect(doc.isA(c, k) == WordSet(c.words).contains(t))
            }
            let breaks = !t.isWord && ([",", ";", ":", "(", ")", "-", "[", "]", "?", "!"].contains(t.key)
                                       || (t.key == "." && k == doc.tokens.count - 1))
            #expect(doc.isBreak(k, cues: lex.cues) == breaks)
            #expect(doc.isComma(k) == (t.key == ","))
            for word: StaticString in ["to", "and", "of", "the", "they"] {
                #expect(doc.keyIs(k, word) == (t.key == "\(word)"))
            }
        }
        for start in doc.tokens.indices {
            let range = start..<doc.tokens.count
            #expect(doc.trimmedStart(of: range) == doc.trimmingLeading(Array(range), cues: lex.cues).first ?? range.upperBound)
        }
    }

    /// A key's shape bits say what comparing it with each mark says, for every one-scalar key
    /// the tokenizer can make of a mark (and the Greek question mark, equal to ";").
    @Test func shapesMatchKeyComparisons() {
        var keys = [",", ";", ":", "(", ")", "-", "[", "]", "?", "!", ".", "\"", "'", "&", "$", "%", "/", "…", "·", "\u{037E}",
                    "\u{00B7}", "«", "»", "¿", "\u{FF0C}", "\u{3002}", "a", ""]
        for b in UInt8(0x21)...UInt8(0x7E) { keys.append(String(decoding: [b], as: UTF8.self)) }
        for key in keys {
            let shape = TitleText.shape(of: key)
            let breaks = [",", ";", ":", "(", ")", "-", "[", "]", "?", "!"].contains(key)
            #expect((shape & TitleWordBits.breakMark != 0) == breaks, "\(key)")
            #expect((shape & TitleWordBits.comma != 0) == (key == ","), "\(key)")
            #expect((shape & TitleWordBits.period != 0) == (key == "."), "\(key)")
            #expect((shape & TitleWordBits.quote != 0) == (key == "\"" || key == "'"), "\(key)")
        }
    }

    /// A punctuation token's shape read off its bytes is its key's shape, for every mark the
    /// tokenizer keys apart from its bytes (curly quotes, dashes) and stray or cut-off bytes.
    @Test func punctuationShapesMatchKeyShapes() {
        let texts = ["“Yes,” she said — twice – ‘no’; (ok) [x]? !", "a \u{037E} b … c « d » e", "x \u{00B7} y",
                     String(decoding: [0x61, 0x20, 0x80, 0x20, 0xE2, 0x80], as: UTF8.self),
                     "tail \u{2019}", "dash\u{2014}dash, end."]
        var bytesList = texts.map { Array($0.utf8) }
        bytesList.append([0x61, 0x20, 0xBF, 0x20, 0xCD, 0xBE, 0x20, 0xE2, 0x80])  // raw, invalid bytes
        var marks = 0
        for bytes in bytesList {
            for token in WordTokenizer.tokens(bytes: bytes) where !token.isWord {
                let shape = bytes.withUnsafeBufferPointer { TitleText.shape(ofPunctuation: UnsafeBufferPointer(rebasing: $0[token.range])) }
                #expect(shape == TitleText.shape(of: token.key), "\(bytes[token.range])")
                marks += 1
            }
        }
        #expect(marks > 20)
    }

    /// The tokens starting inside a range, and the token starting or ending at an offset, are
    /// what a linear scan finds, for every byte range and offset of a sentence.
    @Test func tokenLookupsMatchLinearScan() {
        let sentence = "However, the envoy (Reuters) met Lý Hiển’s aides — twice — in Geneva, on Monday."
        let tokens = WordTokenizer.tokens(in: sentence)
        let n = sentence.utf8.count
        for lower in 0...n {
            #expect(TitleText.token(in: tokens, startingAt: lower) == tokens.indices.first { tokens[$0].range.lowerBound == lower })
            #expect(TitleText.token(in: tokens, endingAt: lower) == tokens.indices.first { tokens[$0].range.upperBound == lower })
            for upper in lower...n {
                let r = lower..<upper
                let scanned = tokens.indices.filter { r.contains(tokens[$0].range.lowerBound) }
                #expect(Array(TitleText.tokens(in: tokens, startingIn: r)) == scanned)
            }
        }
    }

    /// Binary searches find the tokens a linear scan finds, for every byte range of a sentence.
    @Test func tokenSpansMatchLinearScan() throws {
        let lex = try #require(SemanticFixtures.lexicons)
        let sentence = "However, the envoy (Reuters) met Lý Hiển’s aides — twice — in Geneva, on Monday."
        let doc = TitleText(sentence: sentence, excluding: [], entities: SentenceEntities(), titles: lex.titles, cues: lex.cues)
        let n = sentence.utf8.count
        for lower in 0...n {
            for upper in lower...n {
                let range = lower..<upper
                let expected = doc.tokens.firstIndex(where: { $0.range.overlaps(range) }).flatMap { first in
                    doc.tokens.lastIndex(where: { $0.range.overlaps(range) }).map { first..<($0 + 1) }
                }
                #expect(doc.tokenSpan(of: range) == expected)
            }
        }
    }

    /// Ranges render as the arrays they stand for; an index listed twice still renders (no
    /// overflow of the stack buffer sized for each token once).
    @Test func renderTakesRangesAndRepeats() throws {
        let lex = try #require(SemanticFixtures.lexicons)
        let sentence = "Sen. Ana Cruz’s aides met the envoys of the cross-strait office in Geneva."
        let r = try #require(sentence.range(of: "Ana Cruz"))
        let start = sentence.utf8.distance(from: sentence.startIndex, to: r.lowerBound)
        let person = EntityMention(kind: .person, range: start..<(start + "Ana Cruz".utf8.count), text: "Ana Cruz",
                                   name: "Ana Maria Cruz")
        let doc = TitleText(sentence: sentence, excluding: [], entities: SentenceEntities(mentions: [person]),
                            titles: lex.titles, cues: lex.cues)
        let n = doc.tokens.count
        for range in [0..<n, 2..<n, 0..<5, 4..<4] {
            #expect(doc.render(range, cues: lex.cues) == doc.render(Array(range), cues: lex.cues))
            #expect(doc.render(range, cues: lex.cues) == TitleRenderFastPathTests.renderByString(doc, Array(range), cues: lex.cues))
        }
        let repeated = Array(0..<n) + Array(0..<n) + Array(0..<n)
        #expect(doc.render(repeated, cues: lex.cues) == TitleRenderFastPathTests.renderByString(doc, repeated, cues: lex.cues))
    }

    /// `plannedAsInfinitive` as it was: split at spaces, replace planned modals, join.
    static func plannedByWords(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        for i in words.indices.dropLast() where ["will", "would", "shall"].contains(words[i].lowercased()) {
            let next = words[i + 1]
            if i > 0, next.first?.isLowercase == true, !["have", "be", "not", "never", "also"].contains(next) {
                words[i] = "to"
            }
        }
        return words.joined(separator: " ")
    }
}
