import DatelineModel

/// Finds and resolves temporal expressions in the sentences of one document. (Stub: the temporal issue fills it.)
public struct TemporalTagger: Sendable {
    public init() {}

    /// Tags every sentence; result `[i]` belongs to `sentences[i]`.
    /// With `publication == nil`, only expressions that need no reference date are resolved.
    public func tag(sentences: [Sentence], publication: PublicationDate?) -> [[TemporalExpression]] {
        sentences.map { _ in [] }
    }
}
