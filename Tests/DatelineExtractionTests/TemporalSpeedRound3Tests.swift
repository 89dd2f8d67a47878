import Testing
import DatelineModel
@testable import DatelineExtraction

/// The shortcuts of the third round of temporal speed work give the answers of the slower forms
/// they replace: token cues, literal hashes, the scan's lead test, the span-only first pass and the
/// byte-level dateline and copyright scans.
@Suite struct TemporalSpeedRound3Tests {
    @Test func tokensStayPlainAndSmall() {
        #expect(MemoryLayout<TemporalToken>.stride <= 32)
        #expect(_isPOD(TemporalToken.self))
    }

    /// Each word's cue, read at tokenizing, is the one the cue table gives for its hash.
    @Test func tokenCuesMatchTheCueTable() {
        let text = "They said the talks, which were planned, will not resume; he had also met her and WAS told."
        for token in TemporalTokenizer.tokenize(text) {
            let expected: TenseDetector.Cue? = token.kind == .word ? TenseDetector.cues[token.hash] : nil
            #expect(token.cue == expected)
            #expect(token.isAdverb == (token.kind == .word && TenseDetector.adverbs.contains(token.hash)))
        }
    }

    @Test(arguments: [
        ("re", TenseDetector.reHash), ("set", TenseDetector.setHash), ("will", TenseDetector.willHash),
        ("shall", TenseDetector.shallHash), ("been", TenseDetector.beenHash), ("had", TenseDetector.hadHash),
        ("as", TenseDetector.asHash), ("soon", TenseDetector.soonHash), ("early", TenseDetector.earlyHash),
        ("ended", TemporalParser.endedHash), ("ending", TemporalParser.endingHash),
    ])
    func literalHashesMatchTheHashFunction(word: String, literal: UInt64) {
        #expect(TemporalLexicon.hash(word) == literal)
    }

    /// A word the scan skips starts no expression, whatever follows it.
    @Test(arguments: ["in", "of", "on", "to", "from", "through", "until", "for", "and", "since", "between",
                      "within", "during", "by", "ago", "before", "after", "same", "previous", "following",
                      "present", "future", "current", "weekend", "half", "than", "period", "term", "eve"])
    func skippedWordsLeadNothing(word: String) {
        for rest in ["week", "2020", "May 5, 2021", "two years", "the year", "Monday", "recent weeks", "-year", "least"] {
            let tokens = TemporalTokenizer.tokenize(word + " " + rest)
            #expect(!TemporalParser.canLead(tokens[0].word))
            #expect(TemporalParser(tokens: tokens).match(at: 0) == nil, "\(word) \(rest)")
        }
    }

    /// The span-only first pass yields what filtering the full first pass yields.
    @Test func datedObservationsMatchTheFullFirstPass() {
        let sentences = [
            "The treaty was signed on March 3, 2021, and talks resumed two days later.",
            "Officials said the vote, set for Nov. 8, 2022, would follow a summit in October 2022.",
            "Last week the ministers met again; they will meet next month.",
            "Thirty days after signing, the troops left in 2019.",
            "No dates here.",
        ].map { TemporalTagger.ParsedSentence($0) }
        let tagger = TemporalTagger()
        var expected: [DatedObservation] = []
        for (sentence, expressions) in zip(sentences, tagger.tag(parsed: sentences, publication: nil)) {
            for (index, e) in expressions.enumerated() where e.datesEvents && e.span.isDated && !e.isRelativeToPublication {
                let tense = TemporalTagger.tense(of: sentence, expression: index)
                let isFullDate = e.span.granularity == .day && e.span.width == 1
                expected.append(DatedObservation(span: e.span, tense: isFullDate && tense != .future ? .past : tense))
            }
        }
        #expect(!expected.isEmpty)
        #expect(tagger.datedObservations(parsed: sentences) == expected)
    }

    @Test(arguments: [
        "WASHINGTON, Jan 15 (Reuters) - The talks ended.",
        "TAIPEI, Taiwan — April 3 — A quake struck.",
        "Seoul, March 3 (Yonhap) -- Officials met.",
        "Kyiv - The mayor said on March 3 that ...",
        "ÉVORA, May 2 — Rain fell.",
        "By staff — Some text follows here.",
        "   (AP) - Crowds gathered on July 4.",
        "No dash in this paragraph at all.",
    ])
    func datelineFromRangeMatchesDatelineFromText(paragraph: String) {
        let inferrer = PublicationDateInferrer()
        let text = "Headline\n\n" + paragraph + "\n\nMore."
        let range = 10..<(10 + paragraph.utf8.count)
        #expect(inferrer.dateline(inParagraph: range, of: text) == inferrer.dateline(in: paragraph))
        #expect(inferrer.dateline(head: Array(paragraph.utf8.prefix(200))) == inferrer.dateline(in: paragraph))
    }

    /// Each match's text cut at tagging is the sentence's bytes over the match's range.
    @Test func matchTextsAreTheirRanges() {
        let sentence = "On Friday, Jan. 5, 2024, the — “second” — round began two weeks after the vote."
        let parsed = TemporalTagger.ParsedSentence(sentence)
        for (index, e) in TemporalTagger().tag(parsed: [parsed], publication: nil)[0].enumerated() {
            #expect(parsed.text(ofMatch: index) == sentence.utf8Slice(e.range))
        }
    }

    @Test(arguments: ["© 2023 Example News", "Copyright 1999-2024, 2025th", "(c) 2019 2020s 12345 1899 2200 2199",
                      "2021st 2021 Ab2022cd 2023", "©2018 — all rights reserved", ""])
    func copyrightYearsMatchTheTokenScanner(line: String) {
        let reference = DateTextScanner.tokenize(Array(line.utf8)).compactMap { token -> Int? in
            if case .number(let v, 4, false) = token.kind, (1900...2199).contains(v) { return v }
            return nil
        }
        #expect(PublicationDateInferrer.years(in: line) == reference)
    }
}
