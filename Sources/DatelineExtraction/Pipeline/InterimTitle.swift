// Interim: replaced by the semantic stage's TitleBuilder at its merge.
struct TitleBuilder: Sendable {
    init(lexicons: SemanticLexicons) {}
    func title(sentence: String, trigger: TriggerMatch?, entities: SentenceEntities, excluding: [Range<Int>]) -> String {
        let words = sentence.split(separator: " ").prefix(10)
        return words.joined(separator: " ")
    }
}
