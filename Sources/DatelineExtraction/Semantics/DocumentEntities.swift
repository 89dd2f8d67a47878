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
        let resolved = resolve(person: name)
        if !people.contains(resolved) {
            people.append(resolved)
            let parts = resolved.split(separator: " ")
            let isFull = parts.count >= 2
            firstWords.append(isFull ? String(parts[0]) : "")
            lastWords.append(isFull ? String(parts[parts.count - 1]) : "")
        }
    }

    /// The known full form of `name`, or `name` itself. A one-word name matches the first or last
    /// word of a known full name ("Xi" → "Xi Jinping", "Sullivan" → "Jake Sullivan"); when several
    /// match, the most recently introduced wins, as news prose refers back to the nearest.
    public func resolve(person name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count == 1, let first = words.first else { return name }
        let word = String(first)
        for k in people.indices.reversed() where !firstWords[k].isEmpty {
            if firstWords[k] == word || lastWords[k] == word { return people[k] }
        }
        return name
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
            register(person: resolved)
        }
        return out
    }
}
