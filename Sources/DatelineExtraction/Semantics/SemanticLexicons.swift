/// Every parsed data file the semantic stages need, loaded once and passed to their initialisers.
public struct SemanticLexicons: Sendable {
    public var triggers: TriggerLexicon
    public var cues: CueLexicon
    public var taxonomy: Taxonomy
    public var titles: TitleLexicon
    public var places: PlaceGazetteer
    public var organizations: OrganizationLexicon

    public init(triggers: TriggerLexicon, cues: CueLexicon, taxonomy: Taxonomy, titles: TitleLexicon,
                places: PlaceGazetteer, organizations: OrganizationLexicon) {
        self.triggers = triggers
        self.cues = cues
        self.taxonomy = taxonomy
        self.titles = titles
        self.places = places
        self.organizations = organizations
    }

    /// Parses the files shipped in `Resources/`. Cost: a few milliseconds, once per run.
    public static func loadBundled() throws -> SemanticLexicons {
        SemanticLexicons(triggers: try .bundled(), cues: try .bundled(), taxonomy: try .bundled(),
                         titles: try .bundled(), places: try .bundled(), organizations: try .bundled())
    }

    public var triggerDetector: TriggerDetector { TriggerDetector(lexicon: triggers, cues: cues) }
    public var issueClassifier: IssueClassifier { IssueClassifier(taxonomy: taxonomy) }
    public var entityRecognizer: EntityRecognizer {
        EntityRecognizer(titles: titles, places: places, organizations: organizations, triggers: triggers, cues: cues)
    }
    public var quoteExtractor: QuoteExtractor { QuoteExtractor(recognizer: entityRecognizer) }
}
