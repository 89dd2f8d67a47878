extension TriggerLexicon {
    /// The verb readings of a written form, as `verbUses(of:)` lists them (entry and verb form, in
    /// the same order), read from the phrase table's own list of uses: no array of entry copies is
    /// built (each copy retained two strings and two arrays) for the title builder's few questions.
    struct VerbReadings {
        /// Every use of the matched form (noun uses too; those are skipped); empty when none.
        fileprivate let uses: [Use]
        fileprivate let entries: [Entry]

        static let none = VerbReadings(uses: [], entries: [])

        /// Whether the use at `i` is a verb reading (what `verbUses(of:)` keeps).
        @inline(__always)
        private func isReading(_ i: Int) -> Bool { uses[i].partOfSpeech == .verb && uses[i].verbForm != nil }

        /// `verbUses(of:).isEmpty`.
        var isEmpty: Bool { firstIndex == nil }

        /// Position in `uses` of the first verb reading.
        private var firstIndex: Int? {
            for i in uses.indices where isReading(i) { return i }
            return nil
        }

        /// `verbUses(of:).first?.entry`.
        var firstEntry: Entry? { firstIndex.map { entries[uses[$0].entry] } }

        /// `verbUses(of:).first.map { $0.entry.verbForms.first?.first ?? $0.entry.lemma }`: the base form.
        var firstBase: String? {
            guard let i = firstIndex else { return nil }
            let e = uses[i].entry
            return entries[e].verbForms.first?.first ?? entries[e].lemma
        }

        /// `verbUses(of:).contains { $0.form == form }`.
        func contains(form: VerbForm) -> Bool {
            for i in uses.indices where isReading(i) && uses[i].verbForm == form { return true }
            return false
        }

        /// `verbUses(of:).contains { forms.contains($0.form) }` for two forms.
        func contains(form a: VerbForm, or b: VerbForm) -> Bool {
            for i in uses.indices where isReading(i) && (uses[i].verbForm == a || uses[i].verbForm == b) { return true }
            return false
        }

        /// `verbUses(of:).contains { test($0.entry) }`, the entry read in place.
        func containsEntry(where test: (Entry) -> Bool) -> Bool {
            for i in uses.indices where isReading(i) && test(entries[uses[i].entry]) { return true }
            return false
        }
    }

    /// `verbUses(of: form)` as `VerbReadings`. Cost: one phrase-table probe (a tokenizer pass only
    /// for a form that is not one lowercase word), no copies of entries.
    func verbReadings(of form: String) -> VerbReadings {
        let tokens = WordTokenizer.plainWordToken(form).map { [$0] } ?? WordTokenizer.tokens(in: form).filter(\.isWord)
        guard let hit = table.longestMatch(in: tokens, at: 0), hit.length == tokens.count else { return .none }
        return VerbReadings(uses: hit.value, entries: entries)
    }
}
