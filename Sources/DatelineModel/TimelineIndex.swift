/// Positions of events by issue, actor and document, each list ascending.
///
/// - Complexity: built in O(total labels) once; each lookup is a dictionary access.
public struct TimelineIndex: Sendable, Equatable {
    public private(set) var byIssue: [String: [Int]] = [:]
    public private(set) var byActor: [String: [Int]] = [:]
    public private(set) var byDocument: [String: [Int]] = [:]

    public init(events: [Event]) {
        for (position, event) in events.enumerated() {
            for issue in event.issues.distinctInOrder() { byIssue[issue, default: []].append(position) }
            for actor in event.actors.distinctInOrder() { byActor[actor, default: []].append(position) }
            // (Not `documentIDs`: most events have one mention, and that needs no array.)
            for (k, mention) in event.mentions.enumerated()
            where k == 0 || !event.mentions[..<k].contains(where: { $0.document == mention.document }) {
                byDocument[mention.document, default: []].append(position)
            }
        }
    }

    /// Positions of events carrying any of `keys` in `table`, ascending, without duplicates.
    public static func union(_ keys: some Sequence<String>, in table: [String: [Int]]) -> [Int] {
        var lists = keys.compactMap { table[$0] }
        if lists.count == 1 { return lists[0] }
        var result: [Int] = []
        result.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        var cursors = Array(repeating: 0, count: lists.count)
        while true {
            var best = Int.max
            for (i, list) in lists.enumerated() where cursors[i] < list.count { best = min(best, list[cursors[i]]) }
            if best == Int.max { break }
            result.append(best)
            for i in lists.indices where cursors[i] < lists[i].count && lists[i][cursors[i]] == best { cursors[i] += 1 }
        }
        lists.removeAll()
        return result
    }

    func documentPosition(_ id: String, in documents: [Document]) -> Int? {
        documents.firstIndex { $0.id == id }
    }
}
