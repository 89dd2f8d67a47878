import DatelineModel

/// Quotes attributed to a pronoun, given the person the text names before them.
extension DocumentAnalyzer {
    /// How many sentences back a "he said" may find its person.
    static let pronounReach = 2

    /// The quotes as the model keeps them, a "…," he said taking the last person named in the
    /// `pronounReach` sentences before sentence `index` (news names the speaker, then goes on with
    /// "he"); still unattributed when none is.
    static func speakersNamed(_ matches: [QuoteMatch], before index: Int, in entities: [SentenceEntities],
                              known: DocumentEntities) -> [Quote] {
        matches.map { match in
            guard match.byPronoun, let person = lastPerson(before: index, in: entities) else { return match.quote }
            return Quote(speaker: known.resolve(person: person), text: match.text)
        }
    }

    /// The last person mentioned in the sentences just before `index`, nearest sentence first.
    static func lastPerson(before index: Int, in entities: [SentenceEntities]) -> String? {
        var i = index - 1
        while i >= 0, index - i <= pronounReach {
            if let person = entities[i].mentions.last(where: { $0.kind == .person }) { return person.name }
            i -= 1
        }
        return nil
    }
}
