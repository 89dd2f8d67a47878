import DatelineModel
import Foundation

// Interim stand-ins until the reading and semantic stages land; deleted at their merge.
public struct AnalysisLexicons: Sendable {
    public var issues: [IssueLabel] = []
    static func load(taxonomyText: String?) throws -> AnalysisLexicons { AnalysisLexicons() }
}

public struct DocumentAnalysis: Sendable {
    public var document: Document
    public var candidates: [EventCandidate]
}

public struct DocumentAnalyzer: Sendable {
    public let lexicons: AnalysisLexicons
    public func analyze(_ record: ArticleRecord) -> DocumentAnalysis {
        DocumentAnalysis(document: Document(id: record.id, path: record.path, title: record.title ?? record.id, text: record.text), candidates: [])
    }
}

