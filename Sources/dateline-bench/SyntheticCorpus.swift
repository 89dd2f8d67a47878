import Foundation

/// Generates varied, news-like articles with known structure, deterministically from a seed.
///
/// The vocabulary is deliberately broad (many actors, places, triggers, date forms, decoys) so the
/// benchmark exercises every stage rather than one hot loop.
struct SyntheticCorpus {
    private var state: UInt64

    init(seed: UInt64) { state = seed | 1 }

    static let people = ["Antony Blinken", "Wang Yi", "Janet Yellen", "Li Qiang", "Olaf Scholz", "Emmanuel Macron",
                         "Fumio Kishida", "Narendra Modi", "Lula da Silva", "Jake Sullivan", "Kamala Harris",
                         "Ursula von der Leyen", "Yoon Suk Yeol", "Anthony Albanese", "Recep Tayyip Erdogan"]
    static let titles = ["Secretary of State", "Foreign Minister", "Treasury Secretary", "Premier", "Chancellor",
                         "President", "Prime Minister", "National Security Advisor", "Vice President"]
    static let places = ["Beijing", "Washington", "Tokyo", "Berlin", "Paris", "New Delhi", "Brasilia", "Seoul",
                         "Canberra", "Ankara", "Manila", "Hanoi", "Jakarta", "Brussels", "Geneva", "Singapore"]
    static let verbs = ["met", "visited", "held talks with", "spoke by phone with", "signed an agreement with",
                        "announced sanctions against", "imposed tariffs on", "warned", "hosted"]
    static let topics = ["export controls on advanced chips", "tariffs on steel and aluminum", "military drills near Taiwan",
                         "climate finance for developing countries", "fentanyl precursor chemicals",
                         "the war in Ukraine", "maritime disputes in the South China Sea", "human rights in Xinjiang",
                         "rare earth supply chains", "a new consulate", "espionage charges against a businessman"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Int(state % UInt64(bound))
    }

    mutating func pick(_ list: [String]) -> String { list[next(list.count)] }

    mutating func dateExpression(year: Int) -> String {
        switch next(9) {
        case 0: return "on \(pick(Self.weekdays))"
        case 1: return "on \(pick(Self.months)) \(1 + next(28)), \(year - next(3))"
        case 2: return "in \(pick(Self.months)) \(year - 1 - next(4))"
        case 3: return "last week"
        case 4: return "earlier this year"
        case 5: return "in early \(pick(Self.months))"
        case 6: return "two years ago"
        case 7: return "in the summer of \(year - 1 - next(5))"
        default: return "on \(pick(Self.months).prefix(3)). \(1 + next(28))"
        }
    }

    mutating func sentence(year: Int) -> String {
        let a = pick(Self.people), b = pick(Self.people)
        switch next(6) {
        case 0:
            return "\(pick(Self.titles)) \(a) \(pick(Self.verbs)) \(b) in \(pick(Self.places)) \(dateExpression(year: year)) to discuss \(pick(Self.topics))."
        case 1:
            return "\"We will not accept \(pick(Self.topics)),\" \(a) said \(dateExpression(year: year)), adding that talks would continue."
        case 2:
            return "The ministry said \(next(300)) companies and $\(next(900)).\(next(9)) billion in trade were affected, up \(next(40)) percent."
        case 3:
            return "\(dateExpression(year: year).capitalizedFirst), officials in \(pick(Self.places)) announced \(pick(Self.topics)), a move analysts called significant."
        case 4:
            return "Mr. \(a.split(separator: " ").last ?? "") arrived for a \(2 + next(5))-day trip, the first by a U.S. official since \(pick(Self.months)) \(year - 1)."
        default:
            return "Analysts said relations had improved since \(b) \(pick(Self.verbs)) \(a), though disputes over \(pick(Self.topics)) remain."
        }
    }

    /// One article: headline, an optional dateline or published line, and paragraphs.
    mutating func article(index: Int) -> String {
        let year = 2015 + next(10)
        var text = "\(pick(Self.people)) \(pick(Self.verbs)) \(pick(Self.people)) as tensions rise over \(pick(Self.topics))\n\n"
        if next(2) == 0 {
            text += "Published \(1 + next(28)) \(pick(Self.months)) \(year)\n\n"
        }
        let paragraphs = 6 + next(10)
        for p in 0..<paragraphs {
            var paragraph = p == 0 && next(2) == 0 ? "\(pick(Self.places).uppercased()), \(pick(Self.months).prefix(3)) \(1 + next(28)) (Reuters) - " : ""
            for s in 0..<(2 + next(4)) {
                if s > 0 { paragraph += " " }
                paragraph += sentence(year: year)
            }
            text += paragraph + "\n\n"
        }
        text += "© \(year) Synthetic News \(index)\n"
        return text
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
