extension IssueClassifier {
    /// Issue id → evidence words, kept as two parallel lists: a sentence earns few issues, so a
    /// linear search by `==` beats hashing, and the lists keep each issue's words in order.
    /// Becomes the public `[String: [String]]` once, at the end (`dictionary`).
    struct Evidence {
        private(set) var issues: [String] = []
        private(set) var evidence: [[String]] = []

        func contains(_ issue: String) -> Bool { issues.contains(issue) }

        /// Appends `word` to `issue`'s evidence unless an equal word up to case is already there.
        mutating func add(_ issue: String, _ word: String) {
            guard let k = issues.firstIndex(of: issue) else {
                // (A sentence earns a few issues: room for them at once, not regrown from one.)
                if issues.isEmpty {
                    issues.reserveCapacity(4)
                    evidence.reserveCapacity(4)
                }
                issues.append(issue)
                evidence.append([word])
                return
            }
            if evidence[k].contains(where: { Self.equalIgnoringCase($0, word) }) { return }
            evidence[k].append(word)
        }

        /// Drops the issues `keep` rejects.
        mutating func keep(_ keep: (String) -> Bool) {
            var k = 0
            while k < issues.count {
                if keep(issues[k]) {
                    k += 1
                } else {
                    issues.remove(at: k)
                    evidence.remove(at: k)
                }
            }
        }

        var dictionary: [String: [String]] {
            var out: [String: [String]] = [:]
            out.reserveCapacity(issues.count)
            for k in issues.indices { out[issues[k]] = evidence[k] }
            return out
        }

        /// `a.lowercased() == b.lowercased()`; on the bytes when both are ASCII (then lowercasing
        /// is ASCII lowercasing and `==` byte equality).
        static func equalIgnoringCase(_ a: String, _ b: String) -> Bool {
            let x = a.utf8, y = b.utf8
            guard AsciiWord.isASCII(a), AsciiWord.isASCII(b) else { return a.lowercased() == b.lowercased() }
            return x.count == y.count && x.elementsEqual(y) { AsciiWord.lower($0) == AsciiWord.lower($1) }
        }
    }
}
