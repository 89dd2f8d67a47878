import Foundation
import Testing

/// The bundled seeds' chronology, as `dateline list` prints it, compared with a golden file a person
/// has read (Snapshots/seeds-list.txt). It changes whenever the extractor does: read the difference,
/// then re-record with DATELINE_RECORD_SNAPSHOTS=1.
@Suite struct SeedsChronologyTests {
    static let golden = CommandRunner.packageRoot.appendingPathComponent("Tests/DatelineCLITests/Snapshots/seeds-list.txt")

    @Test("`dateline list` on the seeds matches the reviewed chronology")
    func seedsList() throws {
        let result = try CommandRunner.run(["list", "--color", "never"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        if ProcessInfo.processInfo.environment["DATELINE_RECORD_SNAPSHOTS"] == "1" {
            try result.stdout.write(to: Self.golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOf: Self.golden, encoding: .utf8),
                                    "missing \(Self.golden.path): run with DATELINE_RECORD_SNAPSHOTS=1")
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(want.count, got.count)).first { want[$0] != got[$0] } ?? min(want.count, got.count)
        #expect(expected == result.stdout,
                "line \(line + 1) differs:\nexpected: \(line < want.count ? want[line] : "<end>")\nactual:   \(line < got.count ? got[line] : "<end>")")
    }

    @Test("The seeds tell the spy balloon in both articles: one event, two sources")
    func seedsShareAnEvent() throws {
        let result = try CommandRunner.run(["export"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let events = try #require(json["events"] as? [[String: Any]])
        let shared = events.filter { event in
            let documents = (event["mentions"] as? [[String: Any]] ?? []).compactMap { $0["document"] as? String }
            return Set(documents).count == 2
        }
        #expect(!shared.isEmpty, "no event is told by both seeds")
        #expect(shared.contains { ($0["summary"] as? String ?? "").lowercased().contains("balloon") })
    }
}
