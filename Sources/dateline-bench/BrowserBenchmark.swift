import DatelineModel
import DatelineTUI

/// Times the browser's per-key work (reduce + render at 120×40, median of repeats) on synthetic
/// timelines of each size, and returns a table. Run it in a release build; what matters is how
/// little the figures grow from 1k to 1M events.
public func runBrowserBenchmark(sizes: [Int]) -> String {
    var report = "browser (reduce + render, 120x40), median microseconds per operation\n"
    report += "events      state_init_ms  move  page  end  month  letter(cold/warm, max)    n    filter  +2nd_issue  no_match_letter\n"
    for size in sizes {
        let timeline = SyntheticTimeline.make(events: size)
        let buildStart = ContinuousClock.now
        var state = BrowserState(timeline: timeline, corpusName: "synthetic", width: 120, height: 40)
        let buildMilliseconds = microseconds(ContinuousClock.now - buildStart) / 1000
        state = reduce(state, .pageDown)

        let move = measure(&state, repetitions: 2000) { reduce(reduce($0, .down), .down) } / 2
        let page = measure(&state, repetitions: 500) { reduce($0, .pageDown) }
        let end = measure(&state, repetitions: 200) { reduce(reduce($0, .end), .home) } / 2
        let month = measure(&state, repetitions: 500) { reduce($0, .character("]")) }

        // Search: each letter of an actor name that about one event in 250 carries, from the start.
        state = reduce(state, .home)
        let query = Array(SyntheticTimeline.rareActor.lowercased())
        var typing = reduce(state, .character("/"))
        var cold: [Double] = []
        for letter in query { cold.append(time(&typing) { reduce($0, .character(letter)) }) }
        typing = reduce(typing, .escape)
        typing = reduce(typing, .character("/"))
        var warm: [Double] = []
        for letter in query { warm.append(time(&typing) { reduce($0, .character(letter)) }) }
        typing = reduce(typing, .enter)
        let next = measure(&typing, repetitions: 200) { reduce($0, .character("n")) }
        // The worst case: letters that match nothing make the scan go round the whole list.
        var missing = reduce(state, .character("/"))
        var miss: [Double] = []
        for letter in "zqxv" { miss.append(time(&missing) { reduce($0, .character(letter)) }) }

        // Filter: toggle the first issue on and off (each issue covers about a sixth of the events).
        let toggle = measure(&state, repetitions: 20) { reduce($0, .character("1")) }
        // A second issue on top: the filter becomes a union of two index lists.
        state = reduce(state, .character("1"))
        let second = measure(&state, repetitions: 20) { reduce($0, .character("2")) }
        state = reduce(state, .character("0"))

        func f(_ value: Double) -> String { value < 10 ? String(Double(Int(value * 10)) / 10) : String(Int(value)) }
        report += pad(String(size), 12) + pad(f(buildMilliseconds), 15) + pad(f(move), 6) + pad(f(page), 6)
            + pad(f(end), 5) + pad(f(month), 7)
            + pad(f(median(cold)) + "/" + f(median(warm)) + " (max " + f(cold.max() ?? 0) + ")", 26)
            + pad(f(next), 5) + pad(f(toggle), 8) + pad(f(second), 12) + f(miss.max() ?? 0) + "\n"
    }
    return report
}

/// Median microseconds of `step` followed by a render, over `repetitions`, carrying the state on.
/// The median, because the machine is shared and single samples spike.
private func measure(_ state: inout BrowserState, repetitions: Int, _ step: (BrowserState) -> BrowserState) -> Double {
    var samples: [Double] = []
    for _ in 0..<repetitions { samples.append(time(&state, step)) }
    return median(samples)
}

private func median(_ samples: [Double]) -> Double {
    let sorted = samples.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
}

private func time(_ state: inout BrowserState, _ step: (BrowserState) -> BrowserState) -> Double {
    let start = ContinuousClock.now
    state = step(state)
    let canvas = render(state)
    let elapsed = ContinuousClock.now - start
    // Keep the canvas alive so the render is not optimised away.
    if canvas.width < 0 { print("impossible") }
    return microseconds(elapsed)
}

private func microseconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) * 1_000_000 + Double(parts.attoseconds) / 1_000_000_000_000
}

private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

/// Deterministic invented timelines of any size. Strings and arrays come from small pools so a
/// million events share storage (the browser's cost, not the generator's memory, is measured).
enum SyntheticTimeline {
    static let rareActor = "Quorvath"

    static func make(events count: Int) -> Timeline {
        let issueIDs = ["conflict", "diplomacy", "trade", "sanctions", "border", "maritime"]
        let issues = issueIDs.map { IssueLabel(id: $0, label: $0.prefix(1).uppercased() + $0.dropFirst()) }
        let documents = (0..<1000).map { Document(id: "doc\($0)", path: "doc\($0).txt", title: "Article \($0)", text: "") }
        let actorNames = (0..<249).map { "Actor\($0)" } + [rareActor]
        let verbs = ["meets", "sanctions", "visits", "signs accord with", "warns", "talks with"]
        var titles: [String] = []
        for i in 0..<2000 { titles.append("\(actorNames[i % 249]) \(verbs[i % verbs.count]) \(actorNames[(i * 7 + 3) % 249])") }
        let issueSets = (0..<issueIDs.count).map { [issueIDs[$0], issueIDs[($0 + 2) % issueIDs.count]] }
        let actorSets = actorNames.indices.map { [actorNames[$0], actorNames[($0 + 1) % actorNames.count]] }
        let mentionSets = documents.map { [Mention(document: $0.id, sentence: "", offset: 0, length: 0)] }

        var random: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: random >> 33)
        }
        let first = CalendarDate(year: 1995, month: 1, day: 1)?.dayNumber ?? 0
        let spanDays = 30 * 365
        var events: [Event] = []
        events.reserveCapacity(count)
        let undated = count / 100
        for i in 0..<(count - undated) {
            let day = CalendarDate(dayNumber: first + i * spanDays / max(1, count))
            let when: TimeSpan
            if i % 10 == 0, let year = Optional(CalendarDate.yearBounds(day.year)) {
                when = TimeSpan(earliest: year.first, latest: year.last, granularity: .year)
            } else {
                when = .day(day)
            }
            let r = next()
            events.append(Event(id: "e\(i)", when: when, title: titles[r % titles.count], summary: "",
                                issues: issueSets[r % issueSets.count], actors: actorSets[(r >> 8) % actorSets.count],
                                mentions: mentionSets[(r >> 16) % mentionSets.count]))
        }
        // The timeline's order: dated by (earliest, latest), then undated.
        events.sort { a, b in
            (a.when.earliest?.dayNumber ?? 0, a.when.latest?.dayNumber ?? 0) < (b.when.earliest?.dayNumber ?? 0, b.when.latest?.dayNumber ?? 0)
        }
        for i in 0..<undated {
            events.append(Event(id: "u\(i)", when: .undated, title: titles[i % titles.count], summary: "",
                                issues: issueSets[i % issueSets.count], mentions: mentionSets[i % mentionSets.count]))
        }
        return Timeline(documents: documents, issues: issues, events: events)
    }
}
