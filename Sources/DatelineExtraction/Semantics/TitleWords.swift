/// Closed-class words the title builder tests tokens against, as `WordSet`s: one probe on the
/// token's precomputed hash instead of comparing its key with each word of a literal array.
enum TitleWords {
    static let articles = WordSet(["the", "a", "an"])
    /// Subject pronouns that open a new clause inside an object ("a network it said supplied them").
    static let subjectPronouns = WordSet(["it", "he", "she", "they", "we"])
    /// Subordinators that end a clause when the caller excluded them with their clause.
    static let clauseSubordinators = WordSet(["after", "before", "when", "since", "until", "while"])
    /// Prepositions dropped with the excluded date right after them ("announced [on April 22] that").
    static let datePrepositions = WordSet(["on", "in", "at", "by", "since", "from"])
}
