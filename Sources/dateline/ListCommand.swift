import ArgumentParser
import DatelineModel
import Foundation

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the chronology, one aligned line per event.",
        discussion: "Columns: date, title, issues, number of source documents.")

    @OptionGroup var input: InputOptions
    @OptionGroup var filter: EventFilterOptions

    @Option(help: "When to colour the output: auto, always or never (NO_COLOR is honoured).")
    var color: ColorChoice = .auto

    func run() throws {
        let (timeline, _) = CorpusLoader.load(input)
        let events = try filter.apply(to: timeline)
        let useColor = color.enabled(isTerminal: isatty(STDOUT_FILENO) == 1)
        let text = ListFormatter(useColor: useColor).format(events, issues: timeline.issues)
        FileHandle.standardOutput.write(Data(text.utf8))
        // An empty list says why on stderr; standard output stays empty for scripts.
        if events.isEmpty { Diagnostics.note(Self.emptyNote(timeline: timeline, filtered: filter.isActive)) }
    }

    /// Why nothing was listed: no event in the documents, or none the filter kept.
    static func emptyNote(timeline: Timeline, filtered: Bool) -> String {
        let documents = timeline.documents.count == 1 ? "1 document" : "\(timeline.documents.count) documents"
        if filtered, !timeline.events.isEmpty {
            return "no event matches the filter (\(timeline.events.count) in \(documents))"
        }
        return "no event found in \(documents): no sentence tells a dated happening with an event word (met, visit, sanctions, …)"
    }
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func enabled(isTerminal: Bool) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return isTerminal && !noColor
        }
    }
}

/// `--issue`, `--since`, `--until`: which events to keep.
struct EventFilterOptions: ParsableArguments {
    @Option(name: .customLong("issue"), help: ArgumentHelp("Keep events with this issue (repeatable: any of them).", valueName: "id"))
    var issues: [String] = []

    @Option(help: ArgumentHelp("Keep events whose interval reaches this date or later (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Keep events whose interval reaches this date or earlier (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var until: String?

    func validate() throws {
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, PartialDate.interval(value) == nil {
                throw ValidationError("\(name) takes YYYY, YYYY-MM or YYYY-MM-DD, not '\(value)'.")
            }
        }
    }

    var isActive: Bool { !issues.isEmpty || since != nil || until != nil }

    func apply(to timeline: Timeline) throws -> [Event] {
        let known = Set(timeline.issues.map(\.id))
        for issue in issues where !known.contains(issue) {
            throw ValidationError("unknown issue '\(issue)'; known: \(timeline.issues.map(\.id).joined(separator: ", "))")
        }
        let positions = issues.isEmpty ? Array(timeline.events.indices) : TimelineIndex.union(issues, in: timeline.index.byIssue)
        let lower = since.flatMap(PartialDate.interval)?.first
        let upper = until.flatMap(PartialDate.interval)?.last
        return positions.map { timeline.events[$0] }.filter { event in
            if lower == nil && upper == nil { return true }
            guard event.when.isDated else { return false }
            if let lower, let latest = event.when.latest, latest < lower { return false }
            if let upper, let earliest = event.when.earliest, earliest > upper { return false }
            return true
        }
    }
}

/// Parses the date forms the CLI accepts into the days they cover.
enum PartialDate {
    static func interval(_ text: String) -> (first: CalendarDate, last: CalendarDate)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let year = Int(parts[0]) else { return nil }
        if parts.count == 1 { return CalendarDate.yearBounds(year) }
        guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        if parts.count == 2 { return CalendarDate.monthBounds(year: year, month: month) }
        guard parts[2].count == 2, let day = Int(parts[2]), let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return (date, date)
    }
}
