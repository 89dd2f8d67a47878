extension TitleBuilder {
    /// Present-tense form of a written verb ("met" → "meets"; plural subjects → "meet").
    /// Trigger paradigms first, then the irregular list, then regular -ed/-s rules.
    func presentTense(of written: String, plural: Bool) -> String {
        presentTense(of: written, key: written.lowercased(), plural: plural)
    }

    /// Same, with the lowercased form and, when the caller has them, its verb uses.
    func presentTense(of written: String, key: String, plural: Bool,
                      uses known: TriggerLexicon.VerbReadings? = nil) -> String {
        // (The first reading's forms read in place: copying its entry retained all its strings.)
        let readings = known ?? lexicon.verbReadings(of: key)
        if let form = plural ? readings.firstBase : readings.firstThirdPerson { return form }
        // (A one-word key, nearly every one, is its own head: no split and join.)
        let head: String, rest: String
        if key.utf8.contains(0x20) {
            let words = key.split(separator: " ").map(String.init)
            guard let first = words.first else { return written }
            head = first
            rest = words.dropFirst().joined(separator: " ")
        } else {
            guard !key.isEmpty else { return written }
            head = key
            rest = ""
        }
        var third: String
        if let irregular = cues.thirdPerson(ofKey: head) {
            third = irregular
        } else if TitleBytes.hasSuffix(head, "ed"), head.utf8.count > 3, !Self.eedBases.contains(head) {
            // ("need", "proceed" are bases; "agreed", "freed" are not.)
            third = Self.thirdPerson(ofBase: Self.regularBase(ofPast: head))
        } else if TitleBytes.hasSuffix(head, "ing"), head.utf8.count > 5 {
            // (The stem as the regular past's: "mediating" → "mediate", "stopping" → "stop".)
            third = Self.thirdPerson(ofBase: Self.regularBase(ofPast: String(head.dropLast(3)) + "ed"))
        } else if TitleBytes.hasSuffix(head, "s") {
            third = head
        } else {
            third = Self.thirdPerson(ofBase: head)
        }
        if plural { third = Self.base(ofThirdPerson: third) }
        return rest.isEmpty ? third : third + " " + rest
    }

    /// "imposed" → "impose", "raided" → "raid", "dropped" → "drop", "carried" → "carry".
    static func regularBase(ofPast word: String) -> String {
        let bytes = Array(word.utf8)
        // (Suffix tests on the bytes, answering as `hasSuffix` does: `TitleBytes.hasSuffix`.)
        if TitleBytes.hasSuffix(word, "ied") { return String(word.dropLast(3)) + "y" }
        // "freed" → "free", "agreed" → "agree", "guaranteed" → "guarantee".
        if TitleBytes.hasSuffix(word, "eed"), !eedBases.contains(word) { return String(word.dropLast()) }
        let stem = Array(bytes.dropLast(2))
        guard stem.count >= 2 else { return word }
        let last = stem[stem.count - 1], previous = stem[stem.count - 2]
        // "dropped" → "drop", but "added" → "add": a three-letter stem keeps its double.
        if last == previous, stem.count >= 4, !"lsfz".utf8.contains(last), !isVowel(last) {
            return String(decoding: stem.dropLast(), as: UTF8.self)
        }
        let stemText = String(decoding: stem, as: UTF8.self)
        // Stems that need their silent "e" back ("impos" → "impose", "stag" → "stage").
        if TitleBytes.hasSuffix(stemText, anyOf: keepAsIs) { return stemText }
        // "cited" → "cite", but "waited" → "wait", "visited" → "visit".
        if TitleBytes.hasSuffix(stemText, "it") { return stem.count <= 4 && !isVowel(stem[stem.count - 3]) ? stemText + "e" : stemText }
        if TitleBytes.hasSuffix(stemText, "dg") || TitleBytes.hasSuffix(stemText, anyOf: needsE) { return stemText + "e" }
        // "described" → "describe", "invoked" → "invoke", "welcomed" → "welcome", "decided" → "decide":
        // a single vowel between consonants before b, k, m or d that was not doubled had a silent "e"
        // ("peaked", "climbed", "ended" keep their stems).
        if stem.count >= 3, "bkmd".utf8.contains(last), isVowel(previous), !isVowel(stem[stem.count - 3]),
           stem[stem.count - 3] != UInt8(ascii: "y"), stem[stem.count - 3] != UInt8(ascii: "w") {
            return stemText + "e"
        }
        return stemText
    }

    /// Stems that need their silent "e" back, and stems that keep their form.
    static let needsE: [StaticString] = ["c", "g", "v", "z", "u", "ced", "at", "ut", "ud", "ur", "ir", "ar", "is", "iz", "os",
                         "ov", "am", "in", "ag", "as", "us", "ys", "yz", "bl", "pl", "tl", "dl", "kl", "gl"]
    static let keepAsIs: [StaticString] = ["ng", "ain", "ign", "ion", "air", "oin", "ean", "een", "oor", "our", "eat", "oat", "out",
                           "ear", "aim", "eam"]

    /// Base forms that end in "-eed" and so look like past forms.
    static let eedBases: Set<String> = ["need", "feed", "heed", "seed", "weed", "speed", "breed", "bleed",
                                        "proceed", "exceed", "succeed", "deed", "greed", "steed"]

    static func thirdPerson(ofBase base: String) -> String {
        // (Byte tests that answer as `hasSuffix` does for these lowercase suffixes: `TitleBytes.hasSuffix`.)
        if TitleBytes.hasSuffix(base, "s") || TitleBytes.hasSuffix(base, "x") || TitleBytes.hasSuffix(base, "z")
            || TitleBytes.hasSuffix(base, "ch") || TitleBytes.hasSuffix(base, "sh") || TitleBytes.hasSuffix(base, "o") {
            return base + "es"
        }
        if TitleBytes.hasSuffix(base, "y"), let before = base.utf8.dropLast().last, !isVowel(before) {
            return String(base.dropLast()) + "ies"
        }
        return base + "s"
    }

    static func base(ofThirdPerson word: String) -> String {
        if word == "is" { return "are" }
        if word == "has" { return "have" }
        if TitleBytes.hasSuffix(word, "ies") { return String(word.dropLast(3)) + "y" }
        if TitleBytes.hasSuffix(word, "ches") || TitleBytes.hasSuffix(word, "shes") || TitleBytes.hasSuffix(word, "sses")
            || TitleBytes.hasSuffix(word, "xes") || TitleBytes.hasSuffix(word, "oes") {
            return String(word.dropLast(2))
        }
        return TitleBytes.hasSuffix(word, "s") ? String(word.dropLast()) : word
    }

    static func isVowel(_ b: UInt8) -> Bool { "aeiou".utf8.contains(b) }
}
