/// Short names used before the full name: a dek's "Mr. Blinken" is the story's "Antony Blinken".
extension DocumentAnalyzer {
    /// `entities` with each one-word person name that the sentences resolved to nothing (it came
    /// before the full name) resolved against every person the document names, when exactly one
    /// full name fits it. Cost: nothing for sentences whose people all resolved.
    static func resolvingEarlyShortNames(_ entities: [SentenceEntities], known: DocumentEntities) -> [SentenceEntities] {
        var out = entities
        for s in out.indices {
            for m in out[s].mentions.indices where out[s].mentions[m].kind == .person {
                let name = out[s].mentions[m].name
                guard !name.utf8.contains(0x20), let full = known.resolveUniquely(person: name) else { continue }
                out[s].mentions[m].name = full
            }
        }
        return out
    }
}
