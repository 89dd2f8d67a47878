import Foundation
import Testing

/// `dateline tag`: one JSON line per document (per record for JSON Lines), offsets into the
/// normalised text, the DCT from `--dct` or inferred like the other commands do.
@Suite struct TagCommandTests {
    static func write(_ text: String, _ name: String) throws -> URL {
        let dir = try CommandRunner.temporaryDirectory()
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    static func lines(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    static func timexes(_ line: [String: Any]) -> [[String: Any]] { line["timexes"] as? [[String: Any]] ?? [] }

    @Test func jsonLinesGiveOneObjectPerRecordWithItsOwnDate() throws {
        let file = try Self.write("""
            {"title": "Port reopens", "maintext": "The port reopened on Tuesday after a two-week closure.", "date_publish": "2024-06-12 08:30:00"}
            {"title": "Talks end", "maintext": "Negotiators left Vienna on Friday.", "date_publish": "2024-06-15 10:00:00"}
            """, "wire.jsonl")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["tag", file.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let lines = try Self.lines(result.stdout)
        #expect(lines.map { $0["document"] as? String } == ["wire#1", "wire#2"])
        #expect(lines.map { $0["dct"] as? String } == ["2024-06-12", "2024-06-15"])
        let tuesday = Self.timexes(lines[0]).first { $0["text"] as? String == "Tuesday" }
        #expect(tuesday?["value"] as? String == "2024-06-11")
        // Offsets are into the record's text, not into the JSON line.
        #expect(tuesday?["start"] as? Int == "The port reopened on ".utf8.count)
    }

    @Test func offsetsReferToTheNormalisedText() throws {
        let raw = "\u{FEFF}Summit ends\r\n\r\nPublished March 8, 2024\r\n\r\nLeaders met on Thursday in Rome.\r\n"
        let file = try Self.write(raw, "summit.txt")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["tag", file.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let line = try #require(try Self.lines(result.stdout).first)
        #expect(line["dct"] as? String == "2024-03-08")
        let normalised = Array("Summit ends\n\nPublished March 8, 2024\n\nLeaders met on Thursday in Rome.\n".utf8)
        for timex in Self.timexes(line) {
            let start = try #require(timex["start"] as? Int), end = try #require(timex["end"] as? Int)
            #expect(String(decoding: normalised[start..<end], as: UTF8.self) == timex["text"] as? String)
        }
        #expect(Self.timexes(line).contains { $0["text"] as? String == "Thursday" && $0["value"] as? String == "2024-03-07" })
    }

    @Test func dctOverridesTheInferredDateAndTimeMLWrapsTheSpans() throws {
        let file = try Self.write("Published March 8, 2024\n\nLeaders met on Thursday in Rome.\n", "summit.txt")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let json = try CommandRunner.run(["tag", "--dct", "2023-01-02", file.path])
        let line = try #require(try Self.lines(json.stdout).first)
        #expect(line["dct"] as? String == "2023-01-02")
        #expect(Self.timexes(line).contains { $0["text"] as? String == "Thursday" && $0["value"] as? String == "2022-12-29" })
        let timeml = try CommandRunner.run(["tag", "--format", "timeml", "--dct", "2023-01-02", file.path])
        #expect(timeml.stdout.contains(#"<TIMEX3 tid="t2" type="DATE" value="2022-12-29">Thursday</TIMEX3>"#), "\(timeml.stdout)")
    }

    @Test func aDocumentDatedOnlyToARangeHasNoDCT() throws {
        let result = try CommandRunner.run(["tag"], stdin: Data("Talks were held on Monday, March 4, 2024. They will resume on Friday.".utf8))
        let line = try #require(try Self.lines(result.stdout).first)
        #expect(line["dct"] is NSNull)
        // The dated Monday still anchors the weekday, on the side the tense says.
        #expect(Self.timexes(line).contains { $0["text"] as? String == "Friday" && $0["value"] as? String == "2024-03-08" })
    }

    @Test func missingAndEmptyInputsExitLikeTheOtherCommands() throws {
        #expect(try CommandRunner.run(["tag", "/nonexistent/article.txt"]).status == 66)
        let empty = try Self.write("", "empty.txt")
        defer { try? FileManager.default.removeItem(at: empty.deletingLastPathComponent()) }
        let result = try CommandRunner.run(["tag", empty.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("empty.txt"))
    }
}
