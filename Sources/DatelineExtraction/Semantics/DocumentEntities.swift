/// People named so far in one document, so that short mentions resolve to the full form:
/// "Blinken", "Mr. Blinken" and "Blinken's" → "Antony Blinken"; "Xi" → "Xi Jinping".
/// A value type threaded through the sentences in order; lookups are linear in the names known (few),
/// each a comparison with a name's first and last word, split once when the name was registered.
public struct DocumentEntities: Hashable, Sendable {
    /// Full names (two or more words) and title-introduced single names, in first-mention order.
    public private(set) var people: [String] = []
    /// First and last words of each name in `people` with two or more words, "" for the others
    /// (split once here rather than on every lookup).
    private var firstWords: [String] = []
    private var lastWords: [String] = []

    public init() {}

    /// Records a person's name as written (titles already stripped).
    public mutating func register(person name: String) {
        add(resolved: resolve(person: name))
    }

    /// Registers a name that `resolve` already returned (resolving is idempotent: a known full
    /// name has several words and resolves to itself; an unknown name stays itself).
    private mutating func add(resolved: String) {
        if !people.contains(resolved) {
            people.append(resolved)
            let edges = Self.edgeWords(of: resolved)
            firstWords.append(edges?.first ?? "")
            lastWords.append(edges?.last ?? "")
        }
    }

    /// The known full form of `name`, or `name` itself. A one-word name matches the first or last
    /// word of a known full name ("Xi" → "Xi Jinping", "Sullivan" → "Jake Sullivan"); when several
    /// match, the most recently introduced wins, as news prose refers back to the nearest.
    public func resolve(person name: String) -> String {
        guard let word = Self.onlyWord(of: name) else { return name }
        for k in people.indices.reversed() where !firstWords[k].isEmpty {
            if firstWords[k] == word || lastWords[k] == word { return people[k] }
        }
        return name
    }

    /// First and last space-separated words of a name with two or more, else nil (bytes for ASCII
    /// names, `split` otherwise).
    static func edgeWords(of name: String) -> (first: String, last: String)? {
        // (ASCII names on a native string's bytes in place: stepping `String.UTF8View` indices
        // cost more than the rest of registering a name.)
        let scanned = name.utf8.withContiguousStorageIfAvailable { b -> (first: String, last: String)?? in
            for x in b where x >= 0x80 { return .none }
            var start = 0
            while start < b.count && b[start] == 0x20 { start += 1 }
            guard start < b.count else { return .some(nil) }
            var lastEnd = b.count - 1
            while b[lastEnd] == 0x20 { lastEnd -= 1 }
            var firstEnd = start
            while firstEnd < b.count && b[firstEnd] != 0x20 { firstEnd += 1 }
            var lastStart = lastEnd
            while lastStart > 0 && b[lastStart - 1] != 0x20 { lastStart -= 1 }
            guard firstEnd < lastStart else { return .some(nil) }
            return .some((String(decoding: UnsafeBufferPointer(rebasing: b[start..<firstEnd]), as: UTF8.self),
                          String(decoding: UnsafeBufferPointer(rebasing: b[lastStart...lastEnd]), as: UTF8.self)))
        }
        if let available = scanned, let answer = available { return answer }
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            let parts = name.split(separator: " ")
            return parts.count >= 2 ? (String(parts[0]), String(parts[parts.count - 1])) : nil
        }
        guard let firstStart = utf8.firstIndex(where: { $0 != 0x20 }),
              let lastEnd = utf8.lastIndex(where: { $0 != 0x20 }) else { return nil }
        let firstEnd = utf8[firstStart...].firstIndex(of: 0x20) ?? utf8.endIndex
        let lastStart = utf8[...lastEnd].lastIndex(of: 0x20).map { utf8.index(after: $0) } ?? utf8.startIndex
        guard firstEnd < lastStart else { return nil }
        return (String(name[firstStart..<firstEnd]), String(name[lastStart...lastEnd]))
    }

    /// The single space-separated word of `name`, nil when it has none or several.
    /// ASCII names are scanned as bytes; others go through `split`, which compares Characters.
    static func onlyWord(of name: String) -> String? {
        // (In place on a native string's bytes: a name is read once per mention.)
        let scanned = name.utf8.withContiguousStorageIfAvailable { bytes -> String?? in
            var start = 0
            var end = -1
            var words = 0
            var inWord = false
            for i in 0..<bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return .none }
                if b == 0x20 {
                    if inWord { end = i; inWord = false }
                } else if !inWord {
                    inWord = true
                    words += 1
                    if words > 1 { return .some(nil) }
                    start = i
                }
            }
            guard words == 1 else { return .some(nil) }
            if inWord { end = bytes.count }
            if start == 0 && end == bytes.count { return .some(name) }
            return .some(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
        }
        if case let .some(.some(answer)) = scanned { return answer }
        let utf8 = name.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            let words = name.split(separator: " ")
            guard words.count == 1, let first = words.first else { return nil }
            return String(first)
        }
        guard let start = utf8.firstIndex(where: { $0 != 0x20 }) else { return nil }
        let end = utf8[start...].firstIndex(of: 0x20) ?? utf8.endIndex
        guard utf8[end...].allSatisfy({ $0 == 0x20 }) else { return nil }
        if start == utf8.startIndex && end == utf8.endIndex { return name }
        return String(name[start..<end])
    }

    /// The one full name a one-word `name` is the first or last word of, nil when none or several
    /// are ("Kim" with two Kims named): for a mention made before the full name was introduced.
    public func resolveUniquely(person name: String) -> String? {
        guard let word = Self.onlyWord(of: name) else { return nil }
        var found: String?
        for k in people.indices where !firstWords[k].isEmpty && (firstWords[k] == word || lastWords[k] == word) {
            guard found == nil else { return nil }
            found = people[k]
        }
        return found
    }

    /// Whether a one-word `name` is the short form of someone already named.
    public func knows(shortName name: String) -> Bool {
        resolve(person: name) != name || people.contains(name)
    }

    /// Resolves the people of `entities` and registers new ones; returns the normalised entities.
    public mutating func absorb(_ entities: SentenceEntities) -> SentenceEntities {
        var out = entities
        for index in out.mentions.indices where out.mentions[index].kind == .person {
            let resolved = resolve(person: out.mentions[index].name)
            out.mentions[index].name = resolved
            add(resolved: resolved)
        }
        return out
    }
}
