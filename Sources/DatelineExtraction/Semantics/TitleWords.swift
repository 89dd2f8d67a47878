/// Closed-class words the title builder tests tokens against, as `WordSet`s: one probe on the
/// token's precomputed hash instead of comparing its key with each word of a literal array.
enum TitleWords {
    static let articles = WordSet(TitleWordBits.Class.articles.words)
    /// Subject pronouns that open a new clause inside an object ("a network it said supplied them").
    static let subjectPronouns = WordSet(TitleWordBits.Class.subjectPronouns.words)
    /// Subordinators that end a clause when the caller excluded them with their clause.
    static let clauseSubordinators = WordSet(TitleWordBits.Class.clauseSubordinators.words)
    /// Prepositions dropped with the excluded date right after them ("announced [on April 22] that").
    static let datePrepositions = WordSet(TitleWordBits.Class.datePrepositions.words)
    /// Words before which a participle is an adjective ("a revised law").
    static let adjectivalLeads = WordSet(TitleWordBits.Class.adjectivalLeads.words)
    /// Words that are never a headline's content.
    static let connectives = WordSet(TitleWordBits.Class.connectives.words)
    /// Determiners and possessive pronouns.
    static let determinersAndPossessives = WordSet(TitleWordBits.Class.determinersAndPossessives.words)
    /// Auxiliaries that make a plan.
    static let futureModals = WordSet(TitleWordBits.Class.futureModals.words)
    /// Subjects that no headline names ("anyone who tried").
    static let indefinitePronouns = WordSet(TitleWordBits.Class.indefinitePronouns.words)
    /// Words after an "-ed" form that make it a reduced clause ("used to", "released on").
    static let participleComplements = WordSet(TitleWordBits.Class.participleComplements.words)
    /// Words after which a participle is no reduced clause ("to", "and", "very" …).
    static let participleModifiers = WordSet(TitleWordBits.Class.participleModifiers.words)
    /// Modals of possibility: what follows is no fact to headline.
    static let possibilityModals = WordSet(TitleWordBits.Class.possibilityModals.words)
    /// Quantifiers that open an aside ("…, most of them Chinese, …").
    static let quantifiers = WordSet(TitleWordBits.Class.quantifiers.words)
    /// Words that open a relative clause.
    static let relativePronouns = WordSet(TitleWordBits.Class.relativePronouns.words)
    /// Subordinators before a gerund or progressive ("when previewing").
    static let subordinators = WordSet(TitleWordBits.Class.subordinators.words)
    /// Words after which the next word is a verb, known or not ("would compensate").
    static let verbLeads = WordSet(TitleWordBits.Class.verbLeads.words)
}
