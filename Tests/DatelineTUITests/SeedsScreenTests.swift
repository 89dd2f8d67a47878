import DatelineExtraction
import DatelineModel
import Testing
@testable import DatelineTUI

/// The browser on the bundled seeds, extracted for real: the one golden screen that changes when the
/// extractor does (every other screen renders a fixed fixture). Re-record with
/// DATELINE_RECORD_SNAPSHOTS=1 after reading the difference.
@Suite struct SeedsScreenTests {
    static let seeds: String = {
        let parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        return parts.dropLast(3).joined(separator: "/") + "/seeds"
    }()

    @Test("The seeds' chronology at 120×40, with the detail pane of an event told by both articles")
    func seedsScreen() throws {
        let timeline = try ExtractionDriver(options: ExtractionOptions()).run(paths: [Self.seeds]).timeline
        try #require(timeline.documents.count == 2, "seeds not found at \(Self.seeds)")
        var state = BrowserState(timeline: timeline, corpusName: "seeds", width: 120, height: 40)
        Snapshot.assertMatches(render(state), named: "seeds-list-120x40")
        // The first event with two sources: the cross-article merge is the seeds' point.
        let shared = try #require(timeline.events.firstIndex { Set($0.mentions.map(\.document)).count == 2 },
                                  "no event merged across the two seeds")
        while state.selectedPosition != shared, !state.isFinished {
            let before = state.selectedPosition
            state = reduce(state, .down)
            if state.selectedPosition == before { break }
        }
        #expect(state.selectedPosition == shared)
        state = reduce(state, .enter)
        Snapshot.assertMatches(render(state), named: "seeds-detail-120x40")
    }
}
