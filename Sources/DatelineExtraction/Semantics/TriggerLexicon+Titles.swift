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

        /// `firstEntry?.thirdPerson`, read in place (no copy of the entry).
        var firstThirdPerson: String? {
            guard let i = firstIndex else { return nil }
            return entries[uses[i].entry].thirdPerson
        }

        /// `firstEntry?.pastParticiple`, read in place.
        var firstPastParticiple: String? {
            guard let i = firstIndex else { return nil }
            return entries[uses[i].entry].pastParticiple
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

    /// `verbReadings(of: form)` for a form written as token `k` of `tokens`, probed in place (no
    /// token or array made for it) when that answers the same: the token's key is `form`, a plain
    /// lowercase word (which `verbReadings(of:)` reads as its own one token, with that key and
    /// hash, not all capitals), and the longest entry at `k` is one word long, so no entry of more
    /// words hid it (the one-token probe finds the first one-word entry too). Else as `verbReadings(of:)`.
    func verbReadings(of form: String, token k: Int, in tokens: [WordToken]) -> VerbReadings {
        guard k >= 0, k < tokens.count, tokens[k].isWord, !tokens[k].isAllCaps, tokens[k].key == form,
              Self.isPlainLowercase(form), let hit = table.longestMatch(in: tokens, at: k), hit.length == 1 else {
            return verbReadings(of: form)
        }
        return VerbReadings(uses: hit.value, entries: entries)
    }

    /// Whether `text` is one nonempty run of ASCII lowercase letters (what `plainWordToken` takes).
    static func isPlainLowercase(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard !bytes.isEmpty else { return false }
            for b in bytes where b < 0x61 || b > 0x7A { return false }
            return true
        }
        if let answer { return answer }
        return WordTokenizer.plainWordToken(text) != nil
    }
}
