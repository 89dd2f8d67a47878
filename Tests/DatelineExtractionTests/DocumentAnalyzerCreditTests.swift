import Testing
@testable import DatelineExtraction

/// A bracketed news agency after a dateline credits the report; it does not act in the event.
@Suite struct DocumentAnalyzerCreditTests {
    static let recognizer = try! AnalysisLexicons.load().semantic.entityRecognizer

    @Test(arguments: [
        ("OSLO, May 2 (Reuters) - Norway's central bank raised rates on Thursday.", false),
        ("Reuters reported that Norway's central bank raised rates on Thursday.", true),
        ("The agency (Reuters) said the bank raised rates.", false),
    ])
    func bracketedAgencyIsNoActor(_ sentence: String, _ isActor: Bool) {
        let all = Self.recognizer.recognize(in: sentence)
        #expect(all.organizations.contains("Reuters"), "the recognizer must see it first")
        let kept = DocumentAnalyzer.entities(all, in: 0..<sentence.utf8.count, text: sentence)
        #expect(kept.actors.contains("Reuters") == isActor)
    }
}
