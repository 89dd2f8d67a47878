/// Countries, capitals, cities and regions from `places.tsv`, with aliases and demonyms.
public struct PlaceGazetteer: Sendable {
    public enum Kind: String, Hashable, Sendable { case country, capital, city, region, feature }

    public struct Place: Hashable, Sendable {
        public var name: String
        public var kind: Kind
        /// The country it belongs to (itself for a country); nil for regions.
        public var country: String?
    }

    /// What a matched phrase refers to.
    public struct Reading: Hashable, Sendable {
        public var place: Place
        /// Matched through an adjective or demonym ("Chinese").
        public var isDemonym: Bool
    }

    private(set) var table = PhraseTable<Reading>()
    public private(set) var places: [Place] = []

    /// Parses `name<TAB>kind<TAB>country<TAB>aliases<TAB>demonyms` lines ("-" for an empty field).
    public init(parsing text: String, fileName: String = "places.tsv") throws {
        for (number, fields) in DataLines(text: text) {
            guard fields.count >= 3 else {
                throw LexiconParseError(file: fileName, line: number, reason: .missingField(expected: 3, found: fields.count))
            }
            guard !fields[0].isEmpty else {
                throw LexiconParseError(file: fileName, line: number, reason: .emptyField(index: 1))
            }
            guard let kind = Kind(rawValue: fields[1]) else {
                throw LexiconParseError(file: fileName, line: number, reason: .invalidValue(fields[1]))
            }
            let country = fields[2] == "-" || fields[2].isEmpty ? nil : fields[2]
            let place = Place(name: fields[0], kind: kind, country: country)
            places.append(place)
            table.add(place.name, value: Reading(place: place, isDemonym: false))
            if fields.count > 3, fields[3] != "-" {
                for alias in DataLines.list(fields[3]) { table.add(alias, value: Reading(place: place, isDemonym: false)) }
            }
            if fields.count > 4, fields[4] != "-" {
                for demonym in DataLines.list(fields[4]) { table.add(demonym, value: Reading(place: place, isDemonym: true)) }
            }
        }
        if places.isEmpty { throw LexiconParseError(file: fileName, line: 0, reason: .empty) }
    }

    public static func bundled() throws -> PlaceGazetteer {
        try PlaceGazetteer(parsing: BundledResources.text(named: "places.tsv"))
    }

    /// Longest place name at token `index`; the first token must be capitalised.
    public func match(in tokens: [WordToken], at index: Int) -> (reading: Reading, length: Int)? {
        guard index < tokens.count, tokens[index].isCapitalized,
              let hit = table.longestMatch(in: tokens, at: index) else { return nil }
        return (hit.value, hit.length)
    }
}
