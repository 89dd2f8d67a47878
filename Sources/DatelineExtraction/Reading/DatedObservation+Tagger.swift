import DatelineModel

extension DatedObservation {
    /// Observations from the temporal tagger's output for a document tagged without a publication
    /// date: every expression that dates events, does not depend on the publication date and has a
    /// resolved interval, with the tense of its clause.
    /// - Parameter expressions: `TemporalTagger.tag(sentences:publication: nil)`; `[i]` belongs to `sentences[i]`.
    /// - Complexity: O(expressions) plus tense detection around each one.
    public static func fromTagger(sentences: [Sentence], expressions: [[TemporalExpression]]) -> [DatedObservation] {
        var result: [DatedObservation] = []
        for (sentence, found) in zip(sentences, expressions) {
            for expression in found where expression.datesEvents && !expression.isRelativeToPublication && expression.span.isDated {
                let tense = TemporalTagger.tense(of: sentence.text, around: expression.range)
                result.append(DatedObservation(span: expression.span, tense: tense))
            }
        }
        return result
    }
}
