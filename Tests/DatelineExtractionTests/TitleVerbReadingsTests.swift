import Testing
@testable import DatelineExtraction

/// `TriggerLexicon.VerbReadings` answers what `verbUses(of:)` answers, for the questions the title
/// builder asks, on every form of the bundled paradigms and on words that are no verb.
struct TitleVerbReadingsTests {
    @Test func readingsMatchVerbUses() throws {
        let lexicon = try #require(SemanticFixtures.lexicons).triggers
        var forms: [String] = ["", "Met", "talks", "meeting", "zzz", "broke down", "held talks", "it's", "U.S."]
        for entry in lexicon.entries {
            for slot in entry.verbForms { forms += slot }
            forms += entry.nounForms
        }
        var verbs = 0
        for form in forms {
            let uses = lexicon.verbUses(of: form)
            let readings = lexicon.verbReadings(of: form)
            #expect(readings.isEmpty == uses.isEmpty, "\(form)")
            #expect(readings.firstEntry == uses.first?.entry, "\(form)")
            #expect(readings.firstBase == uses.first.map { $0.entry.verbForms.first?.first ?? $0.entry.lemma }, "\(form)")
            for f in TriggerLexicon.VerbForm.allCases {
                #expect(readings.contains(form: f) == uses.contains { $0.form == f }, "\(form) \(f)")
                #expect(readings.contains(form: f, or: .past) == uses.contains { $0.form == f || $0.form == .past }, "\(form) \(f)")
            }
            #expect(readings.containsEntry { $0.triggerClass == "meeting" } == uses.contains { $0.entry.triggerClass == "meeting" })
            if !uses.isEmpty { verbs += 1 }
        }
        // The paradigms' forms are verbs: the comparison covered readings, not only misses.
        #expect(verbs > 100)
    }
}
