/// The event slots of each sentence, as runs of one list in slot order: what
/// `Dictionary(grouping: slots, by: \.sentence)` gave, without copying a slot into per-sentence
/// arrays or hashing sentence numbers.
///
/// Slots come sentence by sentence (the extractor walks sentences in order); any other order is
/// sorted stably by sentence first, so a sentence's slots always keep their relative order.
///
/// Cost: one pass over the slots and one `Range` per slot.
struct SentenceSlots {
    /// The slots, grouped by sentence.
    private let ordered: [EventSlot]
    /// Per slot (by its position in the input): the run of its sentence in `ordered`.
    private let runOf: [Range<Int>]

    init(_ slots: [EventSlot]) {
        var isSorted = true
        for k in slots.indices.dropFirst() where slots[k - 1].sentence > slots[k].sentence {
            isSorted = false
            break
        }
        // Position in `ordered` → position in `slots`.
        let order = isSorted ? [] : slots.indices.sorted { slots[$0].sentence < slots[$1].sentence }
        let ordered = isSorted ? slots : order.map { slots[$0] }
        var runOf = [Range<Int>](repeating: 0..<0, count: slots.count)
        var start = 0
        while start < ordered.count {
            var end = start + 1
            while end < ordered.count, ordered[end].sentence == ordered[start].sentence { end += 1 }
            for x in start..<end { runOf[isSorted ? x : order[x]] = start..<end }
            start = end
        }
        self.ordered = ordered
        self.runOf = runOf
    }

    /// The slots of the sentence of slot `k` (`k` among them), in slot order.
    func slots(of k: Int) -> ArraySlice<EventSlot> { ordered[runOf[k]] }
}
