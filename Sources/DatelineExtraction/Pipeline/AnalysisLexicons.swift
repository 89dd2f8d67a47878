import DatelineModel

/// Every data file the pipeline uses, parsed once per run and shared read-only by all documents.
public struct AnalysisLexicons: Sendable {
    public var semantic: SemanticLexicons
    public var boilerplate: BoilerplateLexicon
    public var abbreviations: AbbreviationLexicon
    public var aspect: AspectLexicon
    public var contentWords: ContentWords

    public var issues: [IssueLabel] { semantic.taxonomy.issues }

    public init(semantic: SemanticLexicons, boilerplate: BoilerplateLexicon, abbreviations: AbbreviationLexicon,
                aspect: AspectLexicon, contentWords: ContentWords) {
        self.semantic = semantic
        self.boilerplate = boilerplate
        self.abbreviations = abbreviations
        self.aspect = aspect
        self.contentWords = contentWords
    }

    /// The bundled files; `taxonomyText` replaces the bundled taxonomy (`--taxonomy FILE`), and
    /// errors in it are reported against `taxonomyName`.
    public static func load(taxonomyText: String? = nil, taxonomyName: String = "taxonomy") throws -> AnalysisLexicons {
        do {
            var semantic = try SemanticLexicons.loadBundled()
            if let taxonomyText {
                do {
                    semantic.taxonomy = try Taxonomy(parsing: taxonomyText, fileName: taxonomyName)
                } catch {
                    throw InputError.taxonomy("\(error)")
                }
            }
            return AnalysisLexicons(
                semantic: semantic,
                boilerplate: try .bundled(),
                abbreviations: try .bundled(),
                aspect: AspectLexicon(parsing: try BundledResources.text(named: "aspect.txt")),
                contentWords: ContentWords(parsing: try BundledResources.text(named: "stopwords.txt")))
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.resources("\(error)")
        }
    }
}
