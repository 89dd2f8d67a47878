/// Grammatical time of the clause that governs a temporal expression; decides which way bare dates resolve.
public enum Tense: String, Sendable, Hashable {
    case past, present, future, unknown
}
