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
            // The place names of the candidate at hand (to leave them out of its actors).
            var placeNames: [Int32] = []
            for k in candidates.indices {
                // Tokens and actors go straight onto the flat lists, then their tails are sorted.
                let tokensFrom = tokenList.count, actorsFrom = actorList.count
                numbering.words(of: candidates[k].contentWords, into: &tokenList)
                for actor in candidates[k].actors {
                    let (name, token) = numbering.actor(actor)
                    actorList.append(name)
                    tokenList.append(token)
                }
                if !placeNames.isEmpty { placeNames.removeAll(keepingCapacity: true) }
                for place in candidates[k].places {
                    let (name, token) = numbering.place(place)
                    placeNames.append(name)
                    tokenList.append(token)
                }
                var facts = Facts()
                if EventMerger.isUnspecific(candidates[k].kind) { facts.flags.insert(.isUnspecific) }
                if let kind = candidates[k].kind {
                    let n = numbering.kind(kind)
                    tokenList.append(n)
                    facts.kind = n
                }
                Self.sortUniqueTail(&tokenList, from: tokensFrom)
                tokenStart.append(tokenList.count)
                if !placeNames.isEmpty { Self.removeTail(of: &actorList, from: actorsFrom, where: placeNames.contains) }
                Self.sortUniqueTail(&actorList, from: actorsFrom)
                facts.actorStart = Int32(truncatingIfNeeded: actorsFrom)
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
                if let at = candidates[k].mention.timexOffset, let length = candidates[k].mention.timexLength,
                   Self.hasPossessive(after: at + length - candidates[k].mention.offset, in: candidates[k].mention.sentence) {
                    facts.flags.insert(.refersBack)
                }
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
            let words = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(tokenList.count, 1))
            let weights = UnsafeMutableBufferPointer<Double>.allocate(capacity: max(tokenList.count, 1))
            defer {
                words.deallocate()
                weights.deallocate()
            }
            var used = 0
            let tokens = tokenList, starts = tokenStart, categories = category, weightOf = idf
            facts.withUnsafeMutableBufferPointer { facts in
                for k in 0..<n {
                    var sum = 0.0
                    facts[k].wordStart = Int32(truncatingIfNeeded: used)
                    for x in starts[k]..<starts[k + 1] {
                        let t = Int(tokens[x])
                        guard EventMerger.countsAsWord(categories[t]) else { continue }
                        let w = weightOf[t]
                        words[used] = Int32(truncatingIfNeeded: t)
                        weights[used] = w
                        used += 1
                        sum += w
                    }
                    facts[k].wordEnd = Int32(truncatingIfNeeded: used)
                    facts[k].wordWeight = sum
                }
            }
            wordList = Array(words[0..<used])
            wordWeights = Array(weights[0..<used])
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

        /// Whether the bytes of `sentence` from `end` (where its dating expression ends) open "'s".
        static func hasPossessive(after end: Int, in sentence: String) -> Bool {
            guard end >= 0, end <= sentence.utf8.count else { return false }
            // (The four bytes after the date are all it reads: a copy only when the first could
            // open "'s" or "’s".)
            let utf8 = sentence.utf8
            let at = utf8.index(utf8.startIndex, offsetBy: end)
            guard at < utf8.endIndex, utf8[at] == UInt8(ascii: "'") || utf8[at] == 0xE2 else { return false }
            return EventExtractor.isPossessive(after: 0..<0, Array(utf8[at...].prefix(4)))
        }

        /// Sorts `list[from...]` in place and drops its repeats: an insertion sort when short (a
        /// signature has a dozen tokens or so).
        static func sortUniqueTail(_ list: inout [Int32], from: Int) {
            guard list.count - from > 1 else { return }
            let unique = list.withUnsafeMutableBufferPointer { all -> Int in
                var items = UnsafeMutableBufferPointer(rebasing: all[from...])
                if items.count <= 32 {
                    for k in 1..<items.count {
                        let item = items[k]
                        var j = k
                        while j > 0, items[j - 1] > item {
                            items[j] = items[j - 1]
                            j -= 1
                        }
                        items[j] = item
                    }
                } else {
                    items.sort()
                }
                var kept = 1
                for k in 1..<items.count where items[k] != items[kept - 1] {
                    items[kept] = items[k]
                    kept += 1
                }
                return from + kept
            }
            list.removeLast(list.count - unique)
        }

        /// Removes the elements of `list[from...]` that `isRemoved`, keeping the others in order.
        static func removeTail(of list: inout [Int32], from: Int, where isRemoved: (Int32) -> Bool) {
            var kept = from
            for k in from..<list.count where !isRemoved(list[k]) {
                list[kept] = list[k]
                kept += 1
            }
            list.removeLast(list.count - kept)
        }
    }
}
