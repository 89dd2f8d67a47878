/// Every parsed data file the semantic stages need, loaded once and passed to their initialisers.
public struct SemanticLexicons: Sendable {
    public var triggers: TriggerLexicon
    public var cues: CueLexicon
    public var taxonomy: Taxonomy

    public init(triggers: TriggerLexicon, cues: CueLexicon, taxonomy: Taxonomy) {
        self.triggers = triggers
        self.cues = cues
        self.taxonomy = taxonomy
    }

    /// Parses the files shipped in `Resources/`. Cost: a few milliseconds, once per run.
    public static func loadBundled() throws -> SemanticLexicons {
        SemanticLexicons(triggers: try .bundled(), cues: try .bundled(), taxonomy: try .bundled())
    }

    public var triggerDetector: TriggerDetector { TriggerDetector(lexicon: triggers, cues: cues) }
    public var issueClassifier: IssueClassifier { IssueClassifier(taxonomy: taxonomy) }
}
