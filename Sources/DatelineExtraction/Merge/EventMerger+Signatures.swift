import Foundation
import DatelineModel

extension EventMerger {
    /// Each candidate's signature as sorted token numbers, with the tables that give them meaning,
    /// plus the per-candidate facts the pair loop compares (so it never copies a candidate).
    struct Signatures {
        enum Category: UInt8 { case word, actor, place, kind }

        /// Sorted, distinct token numbers per candidate.
        var tokens: [[Int32]] = []
        /// Per token number: its category and IDF weight (kind-weighted).
        var category: [Category] = []
        var idf: [Double] = []
        /// Per token number: how many candidates carry it.
        var frequency: [Int] = []
        /// Per candidate: its actors that are not also its places, as sorted name numbers (exact spelling).
        var actorsNotPlaces: [[Int32]] = []
        /// Per candidate: its document's number.
        var document: [Int] = []
        /// Per candidate: its trigger class's token number, -1 for none, and whether that class is
        /// one that agrees with any kind (`EventMerger.isUnspecific`).
        var kind: [Int32] = []
        var isUnspecific: [Bool] = []
        /// Per candidate: its date and its sentence's offset.
        var when: [TimeSpan] = []
        var offset: [Int] = []
        /// Per candidate: its topical issue labels as bits (the labels other than `broadIssues`).
        var topics: [UInt64] = []
        /// Per candidate: whether its date spans far more than its granularity's unit.
        var isVague: [Bool] = []
        /// Per candidate: whether its date is possessive ("Friday's strikes"), which presupposes an
        /// occasion the article has already told.
        var refersBack: [Bool] = []

        /// Labels that any kind of international story carries; they say nothing about which one.
        static let broadIssues: Set<String> = ["diplomacy", "military"]

        init(_ candidates: [EventCandidate]) {
            // One table per category: a word, an actor and a place spelled alike stay different tokens.
            var words = StringNumbers(), actors = StringNumbers(), places = StringNumbers(), kinds = StringNumbers()
            var names = StringNumbers(), documents = StringNumbers()
            // Name number → its lowercased token, per category, so each spelling is lowercased once.
            var actorToken: [Int32] = [], placeToken: [Int32] = []
            var nameCount: Int32 = 0
            var topicBits: [String: UInt64] = [:]
            var lastDocument: (id: String, number: Int)?
            var documentCount: Int32 = 0
            func number(_ key: String, _ c: Category, in table: inout StringNumbers) -> Int32 {
                let n = table.number(for: key, next: Int32(category.count))
                if n == Int32(category.count) { category.append(c) }
                return n
            }
            func name(_ text: String) -> Int32 {
                let n = names.number(for: text, next: nameCount)
                if n == nameCount {
                    nameCount += 1
                    actorToken.append(-1)
                    placeToken.append(-1)
                }
                return n
            }
            tokens.reserveCapacity(candidates.count)
            actorsNotPlaces.reserveCapacity(candidates.count)
            document.reserveCapacity(candidates.count)
            for k in candidates.indices {
                var list: [Int32] = []
                list.reserveCapacity(candidates[k].contentWords.count + candidates[k].actors.count + candidates[k].places.count + 1)
                for word in candidates[k].contentWords { list.append(number(word, .word, in: &words)) }
                var actorNames: [Int32] = [], placeNames: [Int32] = []
                for actor in candidates[k].actors {
                    let n = name(actor)
                    actorNames.append(n)
                    if actorToken[Int(n)] < 0 { actorToken[Int(n)] = number(actor.lowercased(), .actor, in: &actors) }
                    list.append(actorToken[Int(n)])
                }
                for place in candidates[k].places {
                    let n = name(place)
                    placeNames.append(n)
                    if placeToken[Int(n)] < 0 { placeToken[Int(n)] = number(place.lowercased(), .place, in: &places) }
                    list.append(placeToken[Int(n)])
                }
                isUnspecific.append(EventMerger.isUnspecific(candidates[k].kind))
                if let kind = candidates[k].kind {
                    let n = number(kind, .kind, in: &kinds)
                    list.append(n)
                    self.kind.append(n)
                } else {
                    self.kind.append(-1)
                }
                list.sort()
                tokens.append(Self.unique(list))
                actorsNotPlaces.append(Self.unique(actorNames.filter { !placeNames.contains($0) }.sorted()))
                let id = candidates[k].documentID
                if lastDocument?.id != id {
                    let n = documents.number(for: id, next: documentCount)
                    if n == documentCount { documentCount += 1 }
                    lastDocument = (id, Int(n))
                }
                var bits: UInt64 = 0
                for label in candidates[k].issueEvidence.keys where !Self.broadIssues.contains(label) {
                    if topicBits[label] == nil, topicBits.count < 64 { topicBits[label] = 1 << UInt64(topicBits.count) }
                    bits |= topicBits[label] ?? 0
                }
                topics.append(bits)
                isVague.append(Self.isVague(candidates[k].when))
                refersBack.append(Self.hasPossessiveDate(candidates[k].mention))
                when.append(candidates[k].when)
                offset.append(candidates[k].mention.offset)
                document.append(lastDocument?.number ?? 0)
            }
            frequency = Array(repeating: 0, count: category.count)
            for list in tokens { for t in list { frequency[Int(t)] += 1 } }
            let total = Double(max(candidates.count, 1))
            idf = category.indices.map { t in
                log(1 + total / Double(frequency[t])) * EventMerger.kindWeight(category[t])
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
            // (The four bytes after the date are all it reads: no copy of the whole sentence.)
            return EventExtractor.isPossessive(after: 0..<0, Array(mention.sentence.utf8.dropFirst(end).prefix(4)))
        }

        /// Drops repeats from a sorted list.
        static func unique(_ sorted: [Int32]) -> [Int32] {
            var out: [Int32] = []
            out.reserveCapacity(sorted.count)
            for x in sorted where out.last != x { out.append(x) }
            return out
        }
    }
}

/// Numbers strings in order of first appearance. ASCII strings go through a `WordTable` (cheap
/// FNV probes; ASCII strings are equal exactly when their bytes are), others through a
/// `Dictionary`, which compares by Unicode canonical equivalence like the `Set<String>` it
/// replaces. (Only U+212A, U+037E and U+1FEF are canonically equal to ASCII, to "K", ";" and "`";
/// such a string and its ASCII twin now get two numbers. Names and words never contain them.)
struct StringNumbers {
    private var ascii = WordTable<Int32>()
    private var other: [String: Int32] = [:]

    /// The number of `key`, or `next` (recorded for it) when it is new.
    mutating func number(for key: String, next: Int32) -> Int32 {
        var hash = WordHash.seed
        var isASCII = true
        for byte in key.utf8 {
            if byte >= 0x80 { isASCII = false; break }
            hash = WordHash.adding(byte, to: hash)
        }
        if isASCII {
            if let n = ascii.value(forKey: key, hash: hash) { return n }
            ascii[key] = next
            return next
        }
        if let n = other[key] { return n }
        other[key] = next
        return next
    }
}
