import DatelineModel
import Foundation
import Testing
@testable import DatelineExtraction

/// The driver's promises: the same timeline whatever the parallelism, run after run.
@Suite struct ExtractionDriverTests {
    /// Twelve invented articles that share people and places, so merging has work to do across them.
    static let records: [ArticleRecord] = (0..<12).map { i in
        let month = ["January", "March", "May", "July"][i % 4]
        let text = """
            Ministers meet again \(i)

            GENEVA, \(month) \(3 + i) (Wire) - Foreign Minister Lena Ortiz met her counterpart Amir Haddad in Geneva on \
            \(month) \(3 + i), 2024, for talks on grain exports and a ceasefire.

            The two sides signed a trade accord in \(month) 2023, officials said, and plan further talks next month.

            Ortiz said on Tuesday that "progress is slow but real".
            """
        return ArticleRecord(id: "a\(i)", path: "a\(i).txt", text: text)
    }

    static func encoded(_ timeline: Timeline) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(timeline)
    }

    @Test("Parallel and serial runs give byte-identical timelines")
    func parallelismDoesNotChangeOutput() throws {
        var serialOptions = ExtractionOptions()
        serialOptions.parallel = false
        let parallel = try ExtractionDriver(options: ExtractionOptions()).build(records: Self.records)
        let serial = try ExtractionDriver(options: serialOptions).build(records: Self.records)
        #expect(!parallel.events.isEmpty)
        #expect(try Self.encoded(parallel) == Self.encoded(serial))
    }

    @Test("Two runs give the same event ids, in the same order")
    func idsAreStable() throws {
        let driver = try ExtractionDriver(options: ExtractionOptions())
        let first = driver.build(records: Self.records).events.map(\.id)
        let second = driver.build(records: Self.records.reversed().reversed()).events.map(\.id)
        #expect(first == second)
        #expect(Set(first).count == first.count, "ids must be unique")
    }

    @Test("A wire copy of the same text counts as one source")
    func duplicateTextIsOneSource() throws {
        let copy = ArticleRecord(id: "copy", path: "copy.txt", text: Self.records[0].text)
        let timeline = try ExtractionDriver(options: ExtractionOptions()).build(records: [Self.records[0], copy])
        #expect(timeline.documents.count == 1)
        #expect(timeline.warnings.contains { $0.contains("copy") })
    }
    @Test("Files read in parallel keep their order, warnings and duplicates as a serial read does")
    func parallelReadingKeepsFileOrder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-driver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (i, record) in Self.records.enumerated() {
            try record.text.write(to: folder.appendingPathComponent("n\(100 + i).txt"), atomically: true, encoding: .utf8)
        }
        // A copy, an empty file and a binary one among them: each warns, in file order.
        try Self.records[2].text.write(to: folder.appendingPathComponent("n105b.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: folder.appendingPathComponent("n103b.txt"))
        try Data([0, 1, 2, 0, 0, 0xFF]).write(to: folder.appendingPathComponent("n108b.txt"))
        var serialOptions = ExtractionOptions()
        serialOptions.parallel = false
        let parallel = try ExtractionDriver(options: ExtractionOptions()).run(paths: [folder.path]).timeline
        let serial = try ExtractionDriver(options: serialOptions).run(paths: [folder.path]).timeline
        #expect(parallel.documents.count == Self.records.count)
        #expect(parallel.warnings.count == 3)
        #expect(parallel.documents.map(\.id) == serial.documents.map(\.id))
        #expect(parallel.warnings == serial.warnings)
        #expect(try Self.encoded(parallel) == Self.encoded(serial))
    }

    @Test("Events built in parallel chunks come back in cluster order, none lost")
    func parallelEventsKeepClusterOrder() throws {
        let clusters = (0..<5_000).map { [$0] }
        let make: @Sendable ([Int]) -> Event? = { cluster in
            // Every seventh cluster yields nothing, as an empty cluster would.
            cluster[0] % 7 == 3 ? nil : Event(id: "e\(cluster[0])", when: .undated, title: "t", summary: "s")
        }
        var serialOptions = ExtractionOptions()
        serialOptions.parallel = false
        let parallel = try ExtractionDriver(options: ExtractionOptions()).eventsOf(clusters, make)
        let serial = try ExtractionDriver(options: serialOptions).eventsOf(clusters, make)
        #expect(parallel.map(\.id) == serial.map(\.id))
        #expect(parallel.count == 5_000 - (0..<5_000).filter { $0 % 7 == 3 }.count)
    }
}
