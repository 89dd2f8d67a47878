import Testing
@testable import DatelineExtraction

/// A word probed by its key bits (`TitleProbe`) must find exactly what the byte probes find, and
/// be keyed as the tokenizer keys the same word lowercased.
@Suite struct TitleProbeTests {
    static let words = ["the", "The", "OF", "against", "would", "Would", "police", "authorities", "its", "their",
                        "and", "a", "", "internationally", "counterterrorism", "x", "U.S.", "O'Brien", "café", "Ébranler",
                        "fifteen-letters", "sixteen-letter-x", "notaword", "ministers", "with", "by", "been", "shall"]

    static let sets: [WordSet] = [TitleBuilder.danglingEnds, TitleBuilder.modals, TitleBuilder.pluralNouns,
                                  TitleBuilder.possessivePronouns, WordSet(["counterterrorism", "fifteen-letters", "u.s."])]

    @Test(arguments: words)
    func probeFindsWhatBytesFind(word: String) {
        var text = word
        text.withUTF8 { bytes in
            guard let probe = TitleProbe.token(lowercasing: bytes) else {
                // Only a non-ASCII or long word (or a non-inline layout) has no probe.
                #expect(bytes.count > 15 || bytes.contains { $0 >= 0x80 } || !TokenKey.layoutIsSmallString)
                return
            }
            let lowered = word.lowercased()
            #expect(probe.key == lowered)
            #expect(probe.keyHash == WordHash.of(lowered))
            for set in Self.sets {
                #expect(set.contains(probe) == set.contains(key: lowered), "\(word)")
                #expect(set.containsProbing(asciiLowercasing: bytes) == set.contains(asciiLowercasing: bytes), "\(word)")
            }
        }
    }

    @Test(arguments: words)
    func probeFindsCueLists(word: String) throws {
        let cues = try CueLexicon.bundled()
        var text = word
        text.withUTF8 { bytes in
            guard let probe = TitleProbe.token(lowercasing: bytes) else { return }
            let lowered = word.lowercased()
            #expect(cues.lists(containing: probe) == cues.lists(bytes: lowered.utf8, hash: WordHash.of(lowered)), "\(word)")
        }
    }

    @Test(arguments: TitleFastPathTests.texts + ["talks would continue", "it would have", "x  would", " a", "a ", "WILL go"])
    func plainTextAnswersAsBefore(text: String) {
        #expect(TitleProbe.isPlainText(text, avoiding: TitleBuilder.modals) == AsciiWord.isPlainText(text, avoiding: TitleBuilder.modals))
    }
}

/// A made verb tested against a token by its key bits answers as the test on the token's key.
@Suite struct MadeVerbTokenTests {
    @Test(arguments: TitleFastPathTests.texts + ["to visit", "meets", "Meets ", "to be released", "shoot down", "visits  ",
                                                 "to \u{212A}ill", "to internationalize", "Ébranle", "to rename  "])
    func tokenTestMatchesKeyTest(verb: String) {
        let sentence = "Visit meets MEETS released down k \u{212A} kill \u{212A}ill internationalize rename Ébranle visits ébranle, O'Brien's"
        var made = MadeVerbs()
        made.append(verb)
        made.append("to rename")
        for token in WordTokenizer.tokens(in: sentence) {
            #expect(made.contains(token) == made.contains(token.key), "\(verb) / \(token.key)")
        }
    }

    /// One probe for a word's grammar lists answers each list's own test.
    @Test func grammarListsMatchContains() throws {
        let grammar = try TitleGrammar.bundled()
        for token in WordTokenizer.tokens(in: "He said it was the first of several reports, however, that they would") {
            let lists = grammar.lists(containing: token)
            for list in TitleGrammar.List.allCases {
                #expect((lists & list.bit != 0) == grammar.contains(list, token: token), "\(token.key) \(list)")
            }
        }
    }
}
