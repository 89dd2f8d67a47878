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
    /// Words before which a participle is an adjective ("a revised law").
    static let adjectivalLeads = WordSet(["a", "an", "the", "and", "or", "its", "their", "his", "her"])
    /// Words that are never a headline's content.
    static let connectives = WordSet(["and", "or", "but", "the", "a", "an"])
    /// Determiners and possessive pronouns.
    static let determinersAndPossessives = WordSet(["the", "a", "an", "its", "their", "his", "her"])
    /// Auxiliaries that make a plan.
    static let futureModals = WordSet(["will", "would", "shall", "'ll"])
    /// Subjects that no headline names ("anyone who tried").
    static let indefinitePronouns = WordSet(["anyone", "anything", "someone", "everyone", "nobody"])
    /// Words after an "-ed" form that make it a reduced clause ("used to", "released on").
    static let participleComplements = WordSet(["by", "to", "as", "in", "on", "last", "this", "earlier", "later"])
    /// Words after which a participle is no reduced clause ("to", "and", "very" …).
    static let participleModifiers = WordSet(["to", "and", "or", "not", "most", "more", "less", "very"])
    /// Modals of possibility: what follows is no fact to headline.
    static let possibilityModals = WordSet(["might", "could", "may", "should"])
    /// Quantifiers that open an aside ("…, most of them Chinese, …").
    static let quantifiers = WordSet(["most", "some", "all", "many", "several", "both", "none", "each", "half", "one", "two"])
    /// Words that open a relative clause.
    static let relativePronouns = WordSet(["who", "which", "whose", "where"])
    /// Subordinators before a gerund or progressive ("when previewing").
    static let subordinators = WordSet(["when", "while", "after", "before", "by", "since"])
    /// Words after which the next word is a verb, known or not ("would compensate").
    static let verbLeads = WordSet(["would", "will", "shall", "must", "to"])
}
