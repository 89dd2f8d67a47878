import DatelineModel

/// Numbers the tokens of merge signatures in order of first appearance, one table per category (a
/// word, an actor and a place spelled alike stay different tokens), and the names and documents
/// the merger compares by number. A token's number is its position in `category`.
///
/// Cost: content words are numbered from their bytes (a `ByteKeyTable` probe, no String); each
/// distinct actor or place spelling is lowercased once.
struct TokenNumbering {
    /// Per token number: its category.
    private(set) var category: [EventMerger.Signatures.Category] = []
    private var words = StringNumbers(), actors = StringNumbers(), places = StringNumbers(), kinds = StringNumbers()
    private var names = StringNumbers(), documents = StringNumbers()
    /// ASCII content words (already lowercased), numbered without building a String.
    private var asciiWords = ByteKeyTable()
    /// Name number → its lowercased token, per category, or -1 before it is first needed.
    private var actorToken: [Int32] = [], placeToken: [Int32] = []
    private var nameCount: Int32 = 0
    private var documentCount: Int32 = 0

    /// Appends the token of each of `list`'s words (repeats kept) to `tokens`.
    mutating func words(of list: ContentWordList, into tokens: inout [Int32]) {
        list.forEachWord { tokens.append(token(of: $0)) }
    }

    /// The token of one written content word.
    @inline(__always)
    private mutating func token(of written: UnsafeBufferPointer<UInt8>) -> Int32 {
        // "water cannons" and "water cannon", "talks" and "talk": one word to compare.
        let word = UnsafeBufferPointer(rebasing: written[..<EventMerger.Signatures.singularLength(written)])
        var hash = WordHash.seed
        var isASCII = true
        for byte in word {
            if byte >= 0x80 { isASCII = false; break }
            hash = WordHash.adding(byte, to: hash)
        }
        // ASCII words are equal exactly when their bytes are; others compare as Strings.
        guard isASCII else { return Self.number(String(decoding: word, as: UTF8.self), .word, in: &words, &category) }
        if let n = asciiWords.value(for: word, hash: hash) { return n }
        let n = Int32(category.count)
        asciiWords.insert(word, hash: hash, value: n)
        category.append(.word)
        return n
    }

    /// The name number of an actor (as spelled) and its token (lowercased).
    mutating func actor(_ text: String) -> (name: Int32, token: Int32) {
        let n = name(text)
        if actorToken[Int(n)] < 0 { actorToken[Int(n)] = Self.number(text.lowercased(), .actor, in: &actors, &category) }
        return (n, actorToken[Int(n)])
    }

    /// The name number of a place (as spelled) and its token (lowercased).
    mutating func place(_ text: String) -> (name: Int32, token: Int32) {
        let n = name(text)
        if placeToken[Int(n)] < 0 { placeToken[Int(n)] = Self.number(text.lowercased(), .place, in: &places, &category) }
        return (n, placeToken[Int(n)])
    }

    /// The token of a trigger class.
    mutating func kind(_ text: String) -> Int32 { Self.number(text, .kind, in: &kinds, &category) }

    /// The number of a document id (0, 1, … in order of first appearance).
    mutating func document(_ id: String) -> Int32 {
        let n = documents.number(for: id, next: documentCount)
        if n == documentCount { documentCount += 1 }
        return n
    }

    /// The token of `key` in `table`, a new one (of category `c`) when it is not there yet.
    private static func number(_ key: String, _ c: EventMerger.Signatures.Category, in table: inout StringNumbers,
                               _ category: inout [EventMerger.Signatures.Category]) -> Int32 {
        let n = table.number(for: key, next: Int32(category.count))
        if n == Int32(category.count) { category.append(c) }
        return n
    }

    private mutating func name(_ text: String) -> Int32 {
        let n = names.number(for: text, next: nameCount)
        if n == nameCount {
            nameCount += 1
            actorToken.append(-1)
            placeToken.append(-1)
        }
        return n
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
