/// Which trigger a title is built on when the event's own one names something else: another
/// trigger inside the event's stretch, or the main clause's when the trigger sits in a trailing
/// attribution. Cost: one trigger detection over the sentence, only in those cases.
extension TitleBuilder {
    /// The strongest trigger inside the event's stretch: a finite verb first, then any verb, then a noun.
    func replacementTrigger(in doc: TitleText, sentence: TokenizedSentence, besides original: TriggerMatch) -> TriggerMatch? {
        strongest(in: sentence) { t in
            guard t.range != original.range, let span = doc.tokenSpan(of: t.range) else { return false }
            return span.contains { !doc.excluded[$0] }
        }
    }

    /// The strongest trigger before the comma that opens a trailing attribution holding `span`
    /// ("…, a source briefed on the talks told AFP Wednesday": a verb of saying after the comma,
    /// at most three words after it). Nil when `span` is in no such attribution or none precedes it.
    func mainClauseTrigger(_ doc: TitleText, sentence: TokenizedSentence, attributed span: Range<Int>) -> TriggerMatch? {
        var comma = span.lowerBound - 1
        while comma > 0, !doc.isBreak(comma, cues: cues) { comma -= 1 }
        guard comma > 0, doc.isComma(comma) else { return nil }
        guard let speech = (comma + 1..<doc.tokens.count).first(where: { doc.tokens[$0].isWord && doc.isCue(.speech, $0) }) else {
            return nil
        }
        var words = 0
        for k in (speech + 1)..<doc.tokens.count where doc.tokens[k].isWord && !doc.excluded[k] { words += 1 }
        guard words <= 3, (comma + 1..<speech).allSatisfy({ !doc.isBreak($0, cues: cues) }) else { return nil }
        return strongest(in: sentence) { t in
            guard let s = doc.tokenSpan(of: t.range) else { return false }
            return s.upperBound <= comma && s.contains { !doc.excluded[$0] }
        }
    }

    /// "China agreed on a plan … as part of its deal with …, Patel said on Wednesday": a date that ends
    /// the sentence in a trailing attribution puts the nearest trigger first, a noun (`noun` at token
    /// `span`); the main clause's verb before the comma is the news. Nil when the sentence is not so.
    func attributedDateMainVerb(_ doc: TitleText, sentence: TokenizedSentence, noun: TriggerMatch, span: Range<Int>) -> TriggerMatch? {
        guard !noun.isVerb, let dated = doc.tokens.indices.last(where: { doc.excluded[$0] }), dated >= span.upperBound,
              !doc.tokens[(dated + 1)...].contains(where: \.isWord),
              (max(0, dated - 2)...dated).contains(where: { doc.isCue(.weekday, $0) || doc.isCue(.month, $0) }),
              let main = mainClauseTrigger(doc, sentence: sentence, attributed: dated..<(dated + 1)), main.isVerb else { return nil }
        return main
    }

    /// "The ministry said in a statement on Friday that …": a weak noun of saying right after a verb
    /// of its class is where it was said; the verb, with its reported clause, is the news.
    func sayingVerb(before noun: TriggerMatch, in sentence: TokenizedSentence) -> TriggerMatch? {
        guard !noun.isVerb, noun.weight <= 1 else { return nil }
        return TriggerDetector(lexicon: lexicon, cues: cues).detect(in: sentence).last { t in
            t.isVerb && t.triggerClass == noun.triggerClass && t.range.upperBound <= noun.range.lowerBound
                && noun.range.lowerBound - t.range.upperBound <= 12
        }
    }

    /// The sentence's trigger that `keep` accepts and ranks highest: a finite verb, then any verb,
    /// then a noun, each by its weight.
    private func strongest(in sentence: TokenizedSentence, where keep: (TriggerMatch) -> Bool) -> TriggerMatch? {
        func rank(_ t: TriggerMatch) -> Int {
            let finite = t.verbForm == .past || t.verbForm == .thirdPerson
            return (t.isVerb ? (finite ? 20 : 10) : 0) + t.weight
        }
        return TriggerDetector(lexicon: lexicon, cues: cues).detect(in: sentence).filter(keep).max { rank($0) < rank($1) }
    }
}
