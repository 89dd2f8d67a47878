import DatelineModel

extension EventMerger {
    struct Pair { var first: Int; var second: Int; var score: Double }

    /// The pairs worth linking, best first: every pair of candidates that share a pairable run (one
    /// token, one year), scored once.
    func scoredPairs(_ signatures: Signatures) -> [Pair] {
        let n = signatures.count
        // A token shared by very many candidates says little about identity and would make the
        // pair count quadratic: such buckets are skipped.
        let limit = min(maxBucket, max(Self.minimumBucket, Int(Double(n) * maxTokenShare)))
        let runs = PairRuns(signatures, limit: limit)
        var pairs = signatures.facts.withUnsafeBufferPointer { facts in
            signatures.wordList.withUnsafeBufferPointer { wordList in
                signatures.wordWeights.withUnsafeBufferPointer { wordWeights in
                    signatures.actorList.withUnsafeBufferPointer { actors in
                        scorePairs(runs, signatures, Lists(facts: facts, words: wordList, weights: wordWeights, actors: actors))
                    }
                }
            }
        }
        // (Scores are positive and pairs distinct: the order is total, so any sort gives it.)
        pairs.sort { a, b in
            if a.score != b.score { return a.score > b.score }
            return a.first != b.first ? a.first < b.first : a.second < b.second
        }
        return pairs
    }

    /// The signature arrays the pair loop reads, as buffers.
    struct Lists {
        let facts: UnsafeBufferPointer<Signatures.Facts>
        let words: UnsafeBufferPointer<Int32>
        let weights: UnsafeBufferPointer<Double>
        let actors: UnsafeBufferPointer<Int32>
    }

    /// Every pair that shares a run, once (a pair shares many), kept when its score passes.
    private func scorePairs(_ runs: PairRuns, _ signatures: Signatures, _ lists: Lists) -> [Pair] {
        let n = signatures.count
        let facts = lists.facts, wordList = lists.words, weights = lists.weights
        var pairs: [Pair] = []
        // `seenBy[j] == i` marks j as met by i; `marks` flags the word tokens of `i`, set once for
        // all its pairs, so that each pair then walks one list.
        let seenBy = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(n, 1))
        seenBy.initialize(repeating: -1)
        let marks = UnsafeMutableBufferPointer<Bool>.allocate(capacity: max(signatures.category.count, 1))
        marks.initialize(repeating: false)
        defer {
            seenBy.deallocate()
            marks.deallocate()
        }
        runs.entries.withUnsafeBufferPointer { entries in
          runs.runEnds.withUnsafeBufferPointer { runEnds in
            runs.runStart.withUnsafeBufferPointer { runStart in
              runs.runsOf.withUnsafeBufferPointer { runsOf in
                for i in 0..<n {
                    let a = facts[i]
                    var marked = false
                    for k in runStart[i]..<runStart[i + 1] {
                        let own = runsOf[k]
                        var x = own + 1
                        let end = runEnds[own]
                        while x < end {
                            let j = Int(truncatingIfNeeded: entries[x] & 0xFFFF_FFFF)
                            x += 1
                            guard seenBy[j] != i else { continue }
                            seenBy[j] = i
                            // (Both are dated: only dated candidates are indexed.) The bounds are read
                            // before the rest of j's facts: most pairs stop here.
                            guard a.lowerDay <= facts[j].upperDay, facts[j].lowerDay <= a.upperDay else { continue }
                            let b = facts[j]
                            let sameDocument = a.document == b.document
                            if sameDocument, Self.distinctInOneDocument(i, j, signatures) { continue }
                            if !sameDocument, Self.differInTopic(a, b) { continue }
                            if !marked {
                                for y in a.words { marks[Int(wordList[y])] = true }
                                marked = true
                            }
                            // `similarity`: j's marked weights summed in token order (the same sum
                            // in the same order as a walk of both lists).
                            var words = 0.0
                            let smaller = min(a.wordWeight, b.wordWeight)
                            if smaller > 0 {
                                var shared = 0.0
                                for y in b.words where marks[Int(wordList[y])] { shared += weights[y] }
                                words = shared / smaller
                            }
                            var score = Self.score(a, b, words: words, actors: lists.actors)
                            if sameDocument, Self.isBackReference(i, j, signatures) { score = max(score, sameDocumentThreshold) }
                            // A date known only within a span far wider than its expression names (a
                            // "this week" under a year-wide publication range) cannot vouch for identity.
                            let vague = a.flags.contains(.isVague) || b.flags.contains(.isVague)
                            if score >= (sameDocument || vague ? sameDocumentThreshold : threshold) {
                                pairs.append(Pair(first: i, second: j, score: score))
                            }
                        }
                    }
                    if marked { for y in a.words { marks[Int(wordList[y])] = false } }
                }
              }
            }
          }
        }
        return pairs
    }
}

/// The inverted index the merger pairs candidates through: buckets of (token, year) as runs of one
/// array, and for each candidate the runs it is in.
struct PairRuns {
    /// Per token, its dated candidates as `year << 32 | candidate` (the year truncated to 32 bits,
    /// as the bucket key always had it), grouped by year, candidates ascending within a year.
    var entries: [UInt64] = []
    /// Per entry in a pairable run: where that run ends (the later candidates of a run are those
    /// after the entry).
    var runEnds: [Int] = []
    /// Per candidate: its entries in pairable runs, `runsOf[runStart[c]..<runStart[c + 1]]`.
    var runStart: [Int] = []
    var runsOf: [Int] = []

    /// Runs of more than one and at most `limit` candidates; tokens no other candidate carries are
    /// left out (they cannot pair).
    init(_ signatures: EventMerger.Signatures, limit: Int) {
        let n = signatures.count
        // Buckets of (token, year): a counting sort by token (token numbers are dense), filled in
        // order of (year, candidate) so that each token's entries come grouped by year.
        let tokenCount = signatures.category.count
        let years = signatures.facts.indices.map {
            signatures.facts[$0].flags.contains(.isDated) ? EventMerger.years(of: signatures.when[$0]) : nil
        }
        let dated = EventMerger.candidateYears(years)
        // (Buffers throughout: these loops touch every token of every dated candidate.)
        var bucketStart = [Int](repeating: 0, count: tokenCount + 1)
        var entries: [UInt64] = []
        signatures.frequency.withUnsafeBufferPointer { frequency in
          signatures.tokenList.withUnsafeBufferPointer { tokenList in
            signatures.tokenStart.withUnsafeBufferPointer { tokenStart in
              bucketStart.withUnsafeMutableBufferPointer { bucketStart in
                for i in 0..<n {
                    guard let y = years[i] else { continue }
                    // A token no other candidate carries cannot pair (every weight is positive).
                    for x in tokenStart[i]..<tokenStart[i + 1] {
                        let token = Int(tokenList[x])
                        if frequency[token] > 1 { bucketStart[token + 1] += y.count }
                    }
                }
                for t in 0..<tokenCount { bucketStart[t + 1] += bucketStart[t] }
                let fill = UnsafeMutableBufferPointer<Int>.allocate(capacity: tokenCount + 1)
                defer { fill.deallocate() }
                _ = fill.initialize(fromContentsOf: bucketStart)
                entries = [UInt64](unsafeUninitializedCapacity: bucketStart[tokenCount]) { entries, count in
                    for packed in dated {
                        let i = Int(packed & 0xFFFF_FFFF)
                        for x in tokenStart[i]..<tokenStart[i + 1] {
                            let token = Int(tokenList[x])
                            guard frequency[token] > 1 else { continue }
                            entries.initializeElement(at: fill[token], to: packed)
                            fill[token] += 1
                        }
                    }
                    count = bucketStart[tokenCount]
                }
              }
            }
          }
        }
        // The pairable runs (one token, one year) each candidate is in, as one flat list per
        // candidate of its entries' positions. Which run meets a pair first does not matter: a
        // pair is scored once, and pairs are sorted at the end.
        var runs: [Range<Int>] = []
        var runEnds = [Int](repeating: 0, count: entries.count)
        var runStart = [Int](repeating: 0, count: n + 1)
        entries.withUnsafeBufferPointer { entries in
          runEnds.withUnsafeMutableBufferPointer { runEnds in
            runStart.withUnsafeMutableBufferPointer { runStart in
                for t in 0..<tokenCount where bucketStart[t + 1] - bucketStart[t] > 1 {
                    let bucket = bucketStart[t]..<bucketStart[t + 1]
                    var start = bucket.lowerBound
                    while start < bucket.upperBound {
                        let year = entries[start] >> 32
                        var end = start + 1
                        while end < bucket.upperBound, entries[end] >> 32 == year { end += 1 }
                        if end - start > 1, end - start <= limit {
                            runs.append(start..<end)
                            for x in start..<end {
                                runStart[Int(entries[x] & 0xFFFF_FFFF) + 1] += 1
                                runEnds[x] = end
                            }
                        }
                        start = end
                    }
                }
                for i in 0..<n { runStart[i + 1] += runStart[i] }
            }
          }
        }
        var place = runStart
        var runsOf = [Int](repeating: 0, count: runStart[n])
        entries.withUnsafeBufferPointer { entries in
            runsOf.withUnsafeMutableBufferPointer { runsOf in
                place.withUnsafeMutableBufferPointer { place in
                    for run in runs {
                        for x in run {
                            let c = Int(entries[x] & 0xFFFF_FFFF)
                            runsOf[place[c]] = x
                            place[c] += 1
                        }
                    }
                }
            }
        }
        self.entries = entries
        self.runEnds = runEnds
        self.runStart = runStart
        self.runsOf = runsOf
    }
}
