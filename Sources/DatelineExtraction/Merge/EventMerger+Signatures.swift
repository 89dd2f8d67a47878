import Foundation
import DatelineModel

extension EventMerger {
    /// Each candidate's signature as sorted token numbers, with the tables that give them meaning,
    /// plus the per-candidate facts the pair loop compares (so it never copies a candidate).
    ///
    /// Lists are flat: candidate `k`'s tokens are `tokenList[tokenStart[k]..<tokenStart[k + 1]]`,
    /// and its word tokens and actors are the ranges its `Facts` give; one array each for the whole
    /// corpus, not one per candidate.
    struct Signatures {
        enum Category: UInt8 { case word, actor, place, kind }

        /// What the pair loop reads of one candidate, side by side (one cache line, no references).
        struct Facts {
            /// Its date's bounds as day numbers (open bounds as `Int.min`/`Int.max`).
            var lowerDay = Int.min
            var upperDay = Int.max
            /// The sum of its word and place tokens' weights, in token order.
            var wordWeight = 0.0
            /// Its topical issue labels as bits (the labels other than `broadIssues`).
            var topics: UInt64 = 0
            /// Its document's number.
            var document: Int32 = 0
            /// Its trigger class's token number, -1 for none.
            var kind: Int32 = -1
            /// Its word and place tokens: `wordList[wordStart..<wordEnd]`.
            var wordStart: Int32 = 0
            var wordEnd: Int32 = 0
            /// Its actors that are not also its places: `actorList[actorStart..<actorEnd]`.
            var actorStart: Int32 = 0
            var actorEnd: Int32 = 0
            var flags: Flags = []

            var words: Range<Int> { Int(wordStart)..<Int(wordEnd) }
            var actors: Range<Int> { Int(actorStart)..<Int(actorEnd) }
            var hasActors: Bool { actorEnd > actorStart }
        }

        struct Flags: OptionSet {
            let rawValue: UInt8
            /// Its trigger class agrees with any kind (`EventMerger.isUnspecific`).
            static let isUnspecific = Flags(rawValue: 1)
            /// Its date spans far more than its granularity's unit.
            static let isVague = Flags(rawValue: 2)
            /// Its date is possessive ("Friday's strikes"), which presupposes an occasion the
            /// article has already told.
            static let refersBack = Flags(rawValue: 4)
            static let isDated = Flags(rawValue: 8)
            /// Its date's granularity is a day.
            static let isDay = Flags(rawValue: 16)
            /// Its date is one day, named as a day.
            static let isOneDay = Flags(rawValue: 32)
        }

        /// Sorted, distinct token numbers per candidate (flat, see above).
        var tokenList: [Int32] = []
        var tokenStart: [Int] = [0]
        /// Per token number: its category and IDF weight (kind-weighted).
        var category: [Category] = []
        var idf: [Double] = []
        /// Per token number: how many candidates carry it.
        var frequency: [Int] = []
        /// Word and place tokens of every candidate (sorted per candidate), with their IDF weights
        /// alongside (what `similarity` needs, without the tables).
        var wordList: [Int32] = []
        var wordWeights: [Double] = []
        /// Actors that are not also places, as sorted name numbers (exact spelling) per candidate.
        var actorList: [Int32] = []
        var facts: [Facts] = []
        /// Per candidate: its date and its sentence's offset (read only for pairs in one document).
        var when: [TimeSpan] = []
        var offset: [Int] = []

        /// The length of a word without a plural "s" ("cannons" → "cannon"): four letters or more,
        /// and not "-ss", "-us" or "-is" ("press", "status", "crisis").
        static func singularLength(_ word: UnsafeBufferPointer<UInt8>) -> Int {
            let n = word.count
            guard n >= 4, word[n - 1] == UInt8(ascii: "s") else { return n }
            let before = word[n - 2]
            if before == UInt8(ascii: "s") || before == UInt8(ascii: "u") || before == UInt8(ascii: "i") { return n }
            return n - 1
        }

        /// Labels that any kind of international story carries; they say nothing about which one.
        static let broadIssues: Set<String> = ["diplomacy", "military"]

        var count: Int { facts.count }

        /// Candidate `k`'s sorted tokens.
        func tokens(_ k: Int) -> ArraySlice<Int32> { tokenList[tokenStart[k]..<tokenStart[k + 1]] }

        /// Whether candidate `k` names actors that are not places.
        func hasActors(_ k: Int) -> Bool { facts[k].hasActors }

        init(_ candidates: [EventCandidate]) {
            var numbering = TokenNumbering()
            let n = candidates.count
            tokenStart.reserveCapacity(n + 1)
            facts.reserveCapacity(n)
            when.reserveCapacity(n)
            offset.reserveCapacity(n)
            // (A taxonomy has a few dozen labels: a scan of short strings beats hashing them.)
            var topicLabels: [String] = []
            var lastDocument: (id: String, number: Int32)?
            // Scratch lists reused for every candidate.
            var list: [Int32] = [], actorNames: [Int32] = [], placeNames: [Int32] = [], kept: [Int32] = []
            for k in candidates.indices {
                list.removeAll(keepingCapacity: true)
                actorNames.removeAll(keepingCapacity: true)
                placeNames.removeAll(keepingCapacity: true)
                kept.removeAll(keepingCapacity: true)
                numbering.words(of: candidates[k].contentWords, into: &list)
                for actor in candidates[k].actors {
                    let (name, token) = numbering.actor(actor)
                    actorNames.append(name)
                    list.append(token)
                }
                for place in candidates[k].places {
                    let (name, token) = numbering.place(place)
                    placeNames.append(name)
                    list.append(token)
                }
                var facts = Facts()
                if EventMerger.isUnspecific(candidates[k].kind) { facts.flags.insert(.isUnspecific) }
                if let kind = candidates[k].kind {
                    let n = numbering.kind(kind)
                    list.append(n)
                    facts.kind = n
                }
                Self.sortSmall(&list)
                Self.appendUnique(list, to: &tokenList)
                tokenStart.append(tokenList.count)
                for a in actorNames where !placeNames.contains(a) { kept.append(a) }
                Self.sortSmall(&kept)
                facts.actorStart = Int32(truncatingIfNeeded: actorList.count)
                Self.appendUnique(kept, to: &actorList)
                facts.actorEnd = Int32(truncatingIfNeeded: actorList.count)
                let id = candidates[k].documentID
                if lastDocument?.id != id { lastDocument = (id, numbering.document(id)) }
                facts.document = lastDocument?.number ?? 0
                for label in candidates[k].issueEvidence.keys where label != "diplomacy" && label != "military" {
                    if let bit = topicLabels.firstIndex(of: label) {
                        facts.topics |= 1 << UInt64(bit)
                    } else if topicLabels.count < 64 {
                        facts.topics |= 1 << UInt64(topicLabels.count)
                        topicLabels.append(label)
                    }
                }
                let span = candidates[k].when
                if Self.isVague(span) { facts.flags.insert(.isVague) }
                if Self.hasPossessiveDate(candidates[k].mention) { facts.flags.insert(.refersBack) }
                if span.isDated { facts.flags.insert(.isDated) }
                if span.granularity == .day {
                    facts.flags.insert(.isDay)
                    if span.width == 1 { facts.flags.insert(.isOneDay) }
                }
                facts.lowerDay = span.earliest?.dayNumber ?? Int.min
                facts.upperDay = span.latest?.dayNumber ?? Int.max
                self.facts.append(facts)
                when.append(span)
                offset.append(candidates[k].mention.offset)
            }
            category = numbering.category
            frequency = Array(repeating: 0, count: category.count)
            for t in tokenList { frequency[Int(t)] += 1 }
            let total = Double(max(candidates.count, 1))
            idf = category.indices.map { t in
                log(1 + total / Double(frequency[t])) * EventMerger.kindWeight(category[t])
            }
            // Word and place tokens with their weights, and each candidate's total (summed in token
            // order, as `similarity` always summed them).
            wordList.reserveCapacity(tokenList.count)
            wordWeights.reserveCapacity(tokenList.count)
            for k in 0..<n {
                var sum = 0.0
                facts[k].wordStart = Int32(truncatingIfNeeded: wordList.count)
                for x in tokenStart[k]..<tokenStart[k + 1] {
                    let t = tokenList[x]
                    guard EventMerger.countsAsWord(category[Int(t)]) else { continue }
                    let w = idf[Int(t)]
                    wordList.append(t)
                    wordWeights.append(w)
                    sum += w
                }
                facts[k].wordEnd = Int32(truncatingIfNeeded: wordList.count)
                facts[k].wordWeight = sum
            }
        }

        /// A span over three times the length of its granularity's unit: the expression named a week
        /// or a day, but an uncertain publication date smeared it over months.
        static func isVague(_ span: TimeSpan) -> Bool {
            guard let width = span.width else { return false }
            let unit: Int
            switch span.granularity {
            case .day: unit = 1
            case .week: unit = 7
            case .month: unit = 31
            case .season, .quarter: unit = 92
            case .year: unit = 366
            case .decade, .undated: return false
            }
            return width > 3 * unit
        }

        /// Whether the mention's dating expression is followed by "'s".
        static func hasPossessiveDate(_ mention: Mention) -> Bool {
            guard let start = mention.timexOffset, let length = mention.timexLength else { return false }
            let end = start + length - mention.offset
            guard end >= 0, end <= mention.sentence.utf8.count else { return false }
            // (The four bytes after the date are all it reads: a copy only when the first could
            // open "'s" or "’s".)
            let utf8 = mention.sentence.utf8
            let at = utf8.index(utf8.startIndex, offsetBy: end)
            guard at < utf8.endIndex, utf8[at] == UInt8(ascii: "'") || utf8[at] == 0xE2 else { return false }
            return EventExtractor.isPossessive(after: 0..<0, Array(utf8[at...].prefix(4)))
        }

        /// Sorts a list in place: an insertion sort when short (a signature has a dozen tokens or so).
        static func sortSmall(_ list: inout [Int32]) {
            guard list.count > 1 else { return }
            guard list.count <= 32 else { return list.sort() }
            list.withUnsafeMutableBufferPointer { items in
                for k in 1..<items.count {
                    let item = items[k]
                    var j = k
                    while j > 0, items[j - 1] > item {
                        items[j] = items[j - 1]
                        j -= 1
                    }
                    items[j] = item
                }
            }
        }

        /// Appends a sorted list to `out` without its repeats.
        static func appendUnique(_ sorted: [Int32], to out: inout [Int32]) {
            var last: Int32?
            for x in sorted where last != x {
                out.append(x)
                last = x
            }
        }
    }
}
