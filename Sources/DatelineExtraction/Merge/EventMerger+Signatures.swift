import Foundation
import DatelineModel

extension EventMerger {
    /// Each candidate's signature as sorted token numbers, with the tables that give them meaning,
    /// plus the per-candidate facts the pair loop compares (so it never copies a candidate).
    ///
    /// Lists are flat: candidate `k`'s tokens are `tokenList[tokenStart[k]..<tokenStart[k + 1]]`,
    /// and likewise for its word tokens and actors; one array each for the whole corpus, not one
    /// per candidate.
    struct Signatures {
        enum Category: UInt8 { case word, actor, place, kind }

        /// Sorted, distinct token numbers per candidate (flat, see above).
        var tokenList: [Int32] = []
        var tokenStart: [Int] = [0]
        /// Per token number: its category and IDF weight (kind-weighted).
        var category: [Category] = []
        var idf: [Double] = []
        /// Per token number: how many candidates carry it.
        var frequency: [Int] = []
        /// Per candidate: its word and place tokens (sorted) with their IDF weights alongside, and
        /// the sum of those weights in token order (what `similarity` needs, without the tables).
        var wordList: [Int32] = []
        var wordWeights: [Double] = []
        var wordStart: [Int] = [0]
        var wordWeight: [Double] = []
        /// Per candidate: its actors that are not also its places, as sorted name numbers (exact spelling).
        var actorList: [Int32] = []
        var actorStart: [Int] = [0]
        /// Per candidate: its document's number.
        var document: [Int] = []
        /// Per candidate: its trigger class's token number, -1 for none, and whether that class is
        /// one that agrees with any kind (`EventMerger.isUnspecific`).
        var kind: [Int32] = []
        var isUnspecific: [Bool] = []
        /// Per candidate: its date and its sentence's offset.
        var when: [TimeSpan] = []
        var offset: [Int] = []
        /// Per candidate: its date's bounds as day numbers (open bounds as `Int.min`/`Int.max`) and
        /// whether it is dated, so overlap tests read no optionals.
        var lowerDay: [Int] = []
        var upperDay: [Int] = []
        var isDated: [Bool] = []
        /// Per candidate: its topical issue labels as bits (the labels other than `broadIssues`).
        var topics: [UInt64] = []
        /// Per candidate: whether its date spans far more than its granularity's unit.
        var isVague: [Bool] = []
        /// Per candidate: whether its date is possessive ("Friday's strikes"), which presupposes an
        /// occasion the article has already told.
        var refersBack: [Bool] = []

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

        var count: Int { document.count }

        /// Candidate `k`'s sorted tokens.
        func tokens(_ k: Int) -> ArraySlice<Int32> { tokenList[tokenStart[k]..<tokenStart[k + 1]] }

        /// Whether candidate `k` names actors that are not places.
        func hasActors(_ k: Int) -> Bool { actorStart[k + 1] > actorStart[k] }

        init(_ candidates: [EventCandidate]) {
            // One table per category: a word, an actor and a place spelled alike stay different tokens.
            var words = StringNumbers(), actors = StringNumbers(), places = StringNumbers(), kinds = StringNumbers()
            var names = StringNumbers(), documents = StringNumbers()
            // Content words come as bytes: the ASCII ones are numbered without building a String.
            var asciiWords = ByteKeyTable()
            // Name number → its lowercased token, per category, so each spelling is lowercased once.
            var actorToken: [Int32] = [], placeToken: [Int32] = []
            var nameCount: Int32 = 0
            // (A taxonomy has a few dozen labels: a scan of short strings beats hashing them.)
            var topicLabels: [String] = []
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
            let n = candidates.count
            tokenStart.reserveCapacity(n + 1)
            actorStart.reserveCapacity(n + 1)
            document.reserveCapacity(n)
            // Scratch lists reused for every candidate.
            var list: [Int32] = [], actorNames: [Int32] = [], placeNames: [Int32] = [], kept: [Int32] = []
            for k in candidates.indices {
                list.removeAll(keepingCapacity: true)
                actorNames.removeAll(keepingCapacity: true)
                placeNames.removeAll(keepingCapacity: true)
                candidates[k].contentWords.forEachWord { written in
                    // "water cannons" and "water cannon", "talks" and "talk": one word to compare.
                    let word = UnsafeBufferPointer(rebasing: written[..<Self.singularLength(written)])
                    var hash = WordHash.seed
                    var isASCII = true
                    for byte in word {
                        if byte >= 0x80 { isASCII = false; break }
                        hash = WordHash.adding(byte, to: hash)
                    }
                    // ASCII words are equal exactly when their bytes are; others compare as Strings.
                    guard isASCII else {
                        list.append(number(String(decoding: word, as: UTF8.self), .word, in: &words))
                        return
                    }
                    if let n = asciiWords.value(for: word, hash: hash) {
                        list.append(n)
                    } else {
                        let n = Int32(category.count)
                        asciiWords.insert(word, hash: hash, value: n)
                        category.append(.word)
                        list.append(n)
                    }
                }
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
                Self.appendUnique(list, to: &tokenList)
                tokenStart.append(tokenList.count)
                kept.removeAll(keepingCapacity: true)
                for a in actorNames where !placeNames.contains(a) { kept.append(a) }
                kept.sort()
                Self.appendUnique(kept, to: &actorList)
                actorStart.append(actorList.count)
                let id = candidates[k].documentID
                if lastDocument?.id != id {
                    let n = documents.number(for: id, next: documentCount)
                    if n == documentCount { documentCount += 1 }
                    lastDocument = (id, Int(n))
                }
                var bits: UInt64 = 0
                for label in candidates[k].issueEvidence.keys where label != "diplomacy" && label != "military" {
                    if let bit = topicLabels.firstIndex(of: label) {
                        bits |= 1 << UInt64(bit)
                    } else if topicLabels.count < 64 {
                        bits |= 1 << UInt64(topicLabels.count)
                        topicLabels.append(label)
                    }
                }
                topics.append(bits)
                let span = candidates[k].when
                isVague.append(Self.isVague(span))
                refersBack.append(Self.hasPossessiveDate(candidates[k].mention))
                lowerDay.append(span.earliest?.dayNumber ?? Int.min)
                upperDay.append(span.latest?.dayNumber ?? Int.max)
                isDated.append(span.isDated)
                when.append(span)
                offset.append(candidates[k].mention.offset)
                document.append(lastDocument?.number ?? 0)
            }
            frequency = Array(repeating: 0, count: category.count)
            for t in tokenList { frequency[Int(t)] += 1 }
            let total = Double(max(candidates.count, 1))
            idf = category.indices.map { t in
                log(1 + total / Double(frequency[t])) * EventMerger.kindWeight(category[t])
            }
            // Word and place tokens with their weights, and each candidate's total (summed in token
            // order, as `similarity` always summed them).
            wordStart.reserveCapacity(n + 1)
            wordWeight.reserveCapacity(n)
            for k in 0..<n {
                var sum = 0.0
                for x in tokenStart[k]..<tokenStart[k + 1] {
                    let t = tokenList[x]
                    guard EventMerger.countsAsWord(category[Int(t)]) else { continue }
                    let w = idf[Int(t)]
                    wordList.append(t)
                    wordWeights.append(w)
                    sum += w
                }
                wordStart.append(wordList.count)
                wordWeight.append(sum)
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

/// Numbers strings in order of first appearance. ASCII strings go through a `ByteKeyTable` (cheap
/// FNV probes on the bytes; ASCII strings are equal exactly when their bytes are), others through a
/// `Dictionary`, which compares by Unicode canonical equivalence like the `Set<String>` it
/// replaces. (Only U+212A, U+037E and U+1FEF are canonically equal to ASCII, to "K", ";" and "`";
/// such a string and its ASCII twin now get two numbers. Names and words never contain them.)
struct StringNumbers {
    private var ascii = ByteKeyTable()
    private var other: [String: Int32] = [:]

    /// The number of `key`, or `next` (recorded for it) when it is new.
    mutating func number(for key: String, next: Int32) -> Int32 {
        let utf8 = key.utf8
        // (Small strings are copied to the stack; native ones are read in place.)
        if let n = utf8.withContiguousStorageIfAvailable({ asciiNumber($0, next: next) }) {
            if let n { return n }
        } else if let n = Array(utf8).withUnsafeBufferPointer({ asciiNumber($0, next: next) }) {
            return n
        }
        if let n = other[key] { return n }
        other[key] = next
        return next
    }

    /// The number of an ASCII key, recording `next` for a new one; nil for a non-ASCII key.
    private mutating func asciiNumber(_ bytes: UnsafeBufferPointer<UInt8>, next: Int32) -> Int32? {
        var hash = WordHash.seed
        for byte in bytes {
            if byte >= 0x80 { return nil }
            hash = WordHash.adding(byte, to: hash)
        }
        if let n = ascii.value(for: bytes, hash: hash) { return n }
        ascii.insert(bytes, hash: hash, value: next)
        return next
    }
}
