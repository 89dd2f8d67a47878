/// Finds people, organisations, governments and places in a sentence with dictionaries and
/// capitalisation patterns (no model). Cost: linear in the tokens, a few hash probes per token.
///
/// - A person is a capitalised sequence of 1–4 words after a title ("Foreign Minister Wang Yi"),
///   2–4 words next to a verb ("Kerry Smith said", "met Yang Jiechi"), or a known short form.
/// - A country or capital stands for its government when possessive or followed by a verb
///   ("Beijing said"); otherwise it is a place.
/// - Organisations come from the known list, or end in a head word ("Commerce Department").
public struct EntityRecognizer: Sendable {
    public let titles: TitleLexicon
    public let places: PlaceGazetteer
    public let organizations: OrganizationLexicon
    public let triggers: TriggerLexicon
    public let cues: CueLexicon

    public init(titles: TitleLexicon, places: PlaceGazetteer, organizations: OrganizationLexicon,
                triggers: TriggerLexicon, cues: CueLexicon) {
        self.titles = titles
        self.places = places
        self.organizations = organizations
        self.triggers = triggers
        self.cues = cues
    }

    /// Entities of one sentence; `known` supplies people already named in the document so that
    /// bare surnames are recognised. Names are as written: resolve them with `DocumentEntities.absorb`.
    public func recognize(in sentence: String, known: DocumentEntities = DocumentEntities()) -> SentenceEntities {
        recognize(in: TokenizedSentence(sentence), known: known)
    }

    /// Same as `recognize(in:known:)` on an already tokenised sentence.
    public func recognize(in sentence: TokenizedSentence, known: DocumentEntities = DocumentEntities()) -> SentenceEntities {
        var scan = Scan(sentence)
        var i = 0
        while i < scan.words.count {
            // A lowercase word with no title starting at it starts nothing (`step` would return
            // `i + 1` for it): most words end here, without the call.
            if !scan.words[i].isCapitalized,
               !titles.table.mayStart(with: scan.words[i]) || titles.match(in: scan.words, at: i) == nil {
                i += 1
                continue
            }
            i = step(at: i, scan: &scan, known: known)
        }
        return SentenceEntities(mentions: scan.mentions)
    }

    /// Every sentence of a document in order, with short names resolved to their first full form.
    public func recognize(document sentences: [String]) -> [SentenceEntities] {
        recognize(document: sentences.map(TokenizedSentence.init))
    }

    /// Same as `recognize(document:)` on already tokenised sentences.
    public func recognize(document sentences: [TokenizedSentence]) -> [SentenceEntities] {
        recognizeWithPeople(document: sentences).entities
    }

    /// `recognize(document:)`, plus the people the whole document names: the same value as
    /// absorbing each returned `SentenceEntities` in turn into an empty `DocumentEntities` (its
    /// names are already resolved, and resolving is idempotent), without that second pass.
    public func recognizeWithPeople(document sentences: [TokenizedSentence]) -> (entities: [SentenceEntities], known: DocumentEntities) {
        var known = DocumentEntities()
        let entities = sentences.map { known.absorb(recognize(in: $0, known: known)) }
        return (entities, known)
    }

    // MARK: - Scanning

    /// Word tokens plus what lies between them.
    struct Scan {
        let bytes: [UInt8]
        let words: [WordToken]
        /// The punctuation directly before each word.
        let gaps: [WordGap]
        var mentions: [EntityMention] = []

        init(_ sentence: TokenizedSentence) {
            bytes = sentence.bytes
            words = sentence.words
            gaps = sentence.gaps
        }

        /// (Decoded from the buffer: decoding an `ArraySlice` went through its generic path.)
        func text(_ range: Range<Int>) -> String {
            bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
        func span(_ from: Int, _ to: Int) -> Range<Int> { words[from].range.lowerBound..<words[to - 1].range.upperBound }

        mutating func add(_ kind: EntityMention.Kind, words from: Int, _ to: Int, name: String? = nil) {
            let range = span(from, to)
            let written = text(range)
            // (Room for a few at the first: regrowing from one copies the mentions each time.)
            if mentions.isEmpty { mentions.reserveCapacity(4) }
            mentions.append(EntityMention(kind: kind, range: range, text: written, name: name ?? written))
        }
    }

    /// Handles the word at `i`; returns the index of the next unhandled word.
    private func step(at i: Int, scan: inout Scan, known: DocumentEntities) -> Int {
        let words = scan.words
        // (Each lexicon is called only where its filter bit says an entry may start.)
        let title = titles.table.mayStart(with: words[i]) ? titles.match(in: words, at: i) : nil
        // (Both lexicons match capitalised words only: a lowercase word skips the calls and the
        // copies of their results.)
        let capitalized = words[i].isCapitalized
        let org = capitalized && organizations.known.mayStart(with: words[i]) ? organizations.knownMatch(in: words, at: i) : nil
        let place = capitalized && places.table.mayStart(with: words[i]) ? places.match(in: words, at: i) : nil
        let titleLength = title?.length ?? 0
        let orgLength = org?.length ?? 0
        let placeLength = place?.length ?? 0

        if let title, titleLength >= orgLength, titleLength >= placeLength, title.isRole || words[i].isCapitalized
            || startsLowercaseTitle(words, i, titleLength) {
            let start = i + titleLength
            let end = nameEnd(from: start, scan: scan, afterTitle: true, allowComma: title.isRole)
            if end > start {
                scan.add(.person, words: start, end)
                return end
            }
            if let name = nameAfterPortfolio(from: start, scan: scan) {
                scan.add(.person, words: name.lowerBound, name.upperBound)
                return name.upperBound
            }
            return i + max(titleLength, 1)
        }
        if let org, orgLength >= placeLength, gapAllows(scan, i, orgLength) {
            // A known name followed by more capitalised words may be a longer organisation ("Huawei Technologies").
            // Not past a possessive: "the PLA's Eastern Theater Command" is two bodies.
            let extended = words[i + orgLength - 1].isPossessive ? i : capitalisedRunEnd(from: i, scan: scan)
            if extended > i + orgLength, isOrganizationRun(scan, i, extended) {
                scan.add(.organization, words: i, extended)
                return extended
            }
            scan.add(.organization, words: i, i + orgLength, name: org.name)
            return i + orgLength
        }
        if let place {
            let end = i + place.length
            // "China Coast Guard", "Beijing Capital Airport": a place that starts an organisation's name.
            let runEnd = capitalisedRunEnd(from: end, scan: scan)
            if !place.reading.isDemonym, !words[end - 1].isPossessive, runEnd > end, isOrganizationRun(scan, i, runEnd) {
                scan.add(.organization, words: i, runEnd)
                return runEnd
            }
            addPlace(place.reading, words: i, end, scan: &scan)
            return end
        }
        guard words[i].isCapitalized, !isNonName(words[i]) else { return i + 1 }
        if let lead = organizations.leadLength(in: words, at: i) {
            let end = capitalisedRunEnd(from: i + lead, scan: scan)
            if end > i + lead {
                scan.add(.organization, words: i, end)
                return end
            }
        }
        let end = capitalisedRunEnd(from: i, scan: scan)
        if isOrganizationRun(scan, i, end) {
            scan.add(.organization, words: i, end)
            return end
        }
        // (No place starts here, or it was taken above; nor a known organisation unless one was refused.)
        let nameEnd = self.nameEnd(from: i, scan: scan, afterTitle: false, allowComma: false, startIsFree: org == nil)
        // ("Rebel-controlled": no name at all; a refused organisation can also end it at once.)
        guard nameEnd > i else { return i + 1 }
        let count = nameEnd - i
        // "Wang Yi's visit": a possessive two- or three-word name is a person too.
        let possessive = count <= 3 && words[nameEnd - 1].isPossessive
            // "Donald Trump, who will …": a relative "who" follows only people.
            || (count >= 2 && count <= 4 && nameEnd < scan.gaps.count && scan.gaps[nameEnd] == .comma && words[nameEnd].keyIs("who"))
            // "Amir Haddad, the foreign minister, …": a title in apposition follows only people.
            || (count >= 2 && count <= 4 && isFollowedByAppositiveTitle(scan, nameEnd))
        if count >= 2, count <= 4, possessive || nextToVerb(scan, i, nameEnd) {
            scan.add(.person, words: i, nameEnd)
            return nameEnd
        }
        if count == 1, known.knows(shortName: scan.text(words[i].range)) {
            scan.add(.person, words: i, i + 1)
            return i + 1
        }
        return max(i + 1, nameEnd)
    }

    /// Lowercase titles count only when a capitalised name follows ("national security adviser Jake Sullivan").
    private func startsLowercaseTitle(_ words: [WordToken], _ i: Int, _ length: Int) -> Bool {
        let next = i + length
        return next < words.count && words[next].isCapitalized && !isNonName(words[next])
    }

    /// Whether the words `i..<i+length` are not split by punctuation other than an abbreviation's period.
    private func gapAllows(_ scan: Scan, _ i: Int, _ length: Int) -> Bool {
        for k in (i + 1)..<max(i + 1, i + length) where scan.gaps[k] != .empty && scan.gaps[k] != .period {
            return false
        }
        return true
    }

    private func addPlace(_ reading: PlaceGazetteer.Reading, words from: Int, _ to: Int, scan: inout Scan) {
        let place = reading.place
        let country = place.country ?? place.name
        if reading.isDemonym {
            scan.add(.place, words: from, to, name: country)
            return
        }
        let locative = from > 0 && cues.contains(.locative, token: scan.words[from - 1])
        let acting = !locative && (scan.words[to - 1].isPossessive || nextIsVerb(scan, to))
        switch place.kind {
        case .country:
            scan.add(acting ? .government : .place, words: from, to, name: place.name)
        case .capital:
            if acting {
                scan.add(.government, words: from, to, name: country)
            } else {
                scan.add(.place, words: from, to, name: place.name)
            }
        case .city, .region, .feature:
            scan.add(.place, words: from, to, name: place.name)
        }
    }
}
