import Foundation
import Testing

@Suite struct ListAndExportTests {
    static func fixtureFolder() throws -> URL {
        let dir = try CommandRunner.temporaryDirectory()
        try Data(CLIFixtures.article.utf8).write(to: dir.appendingPathComponent("fisheries.txt"))
        return dir
    }

    static func exportJSON(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(["export"] + arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func defaultCorpusIsTheSeedsFromAnyDirectory() throws {
        let elsewhere = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        let result = try CommandRunner.run(["export"], currentDirectory: elsewhere)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let ids = (json["documents"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        #expect(ids == ["000_e2fc79926f1b7afd", "002_33ded8e119d33a78"])
    }

    @Test func missingSeedsExit66NamingWhereItLooked() throws {
        let result = try CommandRunner.run(["list"], environment: ["DATELINE_SEEDS": "/nonexistent/seeds"])
        // DATELINE_SEEDS is only the first place looked; the package's seeds are still found.
        #expect(result.status == 0)
    }

    @Test func exportHasTheDocumentedShape() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try Self.exportJSON([dir.path, "--format", "json"])
        #expect(json["format"] as? String == "dateline.timeline")
        #expect(json["version"] as? Int == 1)
        let issues = try #require(json["issues"] as? [[String: Any]])
        #expect(issues.contains { $0["id"] as? String == "diplomacy" })
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        for event in events {
            let when = try #require(event["when"] as? [String: Any])
            #expect(when["granularity"] is String)
            #expect(when["label"] is String)
            let mentions = try #require(event["mentions"] as? [[String: Any]])
            #expect(mentions.first?["document"] as? String == "fisheries")
            #expect(mentions.first?["offset"] is Int)
        }
        let document = try #require((json["documents"] as? [[String: Any]])?.first)
        let published = try #require(document["published"] as? [String: Any])
        #expect(published["earliest"] as? String == "2024-03-14", "wire dateline, year from the copyright line")
    }

    @Test func exportWritesAFileWithOutput() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("out.json")
        let result = try CommandRunner.run(["export", dir.appendingPathComponent("fisheries.txt").path, "--output", target.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let data = try Data(contentsOf: target)
        #expect(String(decoding: data, as: UTF8.self).contains("dateline.timeline"))
    }

    /// An atomic write renames a new file over the path: through a symlink, or onto a device or
    /// FIFO, that would replace the link or the device itself (as root, `-o /dev/null` did).
    @Test func exportWritesThroughASymlinkAndAFIFOWithoutReplacingThem() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("fisheries.txt").path
        let real = dir.appendingPathComponent("real.json"), link = dir.appendingPathComponent("link.json")
        try Data("old".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let viaLink = try CommandRunner.run(["export", input, "--output", link.path])
        #expect(viaLink.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path, "still a link")
        #expect(String(decoding: try Data(contentsOf: real), as: UTF8.self).contains("dateline.timeline"))

        let fifo = dir.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        // A reader on the FIFO, so the writer's open does not wait forever.
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$0.out\"", fifo.path]
        try reader.run()
        let viaFIFO = try CommandRunner.run(["export", input, "--output", fifo.path])
        reader.waitUntilExit()
        #expect(viaFIFO.status == 0)
        var info = stat()
        #expect(lstat(fifo.path, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "still a FIFO")
        let copied = try Data(contentsOf: URL(fileURLWithPath: fifo.path + ".out"))
        #expect(String(decoding: copied, as: UTF8.self).contains("dateline.timeline"))
    }

    @Test func listPrintsOneAlignedLinePerEvent() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let json = try Self.exportJSON([dir.path])
        let count = (json["events"] as? [[String: Any]])?.count ?? -1
        let result = try CommandRunner.run(["list", dir.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == count)
        #expect(lines.allSatisfy { $0.hasSuffix("1 source") })
        #expect(!result.stdout.contains("\u{1B}"), "no colour when stdout is a pipe")
    }

    @Test func colorAlwaysColoursUnlessAskedNever() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try CommandRunner.run(["list", dir.path, "--color", "always"]).stdout.contains("\u{1B}["))
        #expect(!(try CommandRunner.run(["list", dir.path, "--color", "never"]).stdout.contains("\u{1B}[")))
    }

    @Test func sinceAndUntilKeepOverlappingEvents() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let all = try CommandRunner.run(["list", dir.path]).stdout.split(separator: "\n")
        let recent = try CommandRunner.run(["list", dir.path, "--since", "2024"]).stdout.split(separator: "\n")
        let old = try CommandRunner.run(["list", dir.path, "--until", "2023-12-31"]).stdout.split(separator: "\n")
        #expect(recent.count + old.count == all.count, "every dated fixture event falls on one side of 2024")
        #expect(old.contains { $0.contains("2022") })
    }

    @Test func issueFilterKeepsOnlyThatIssueAndRejectsUnknownOnes() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(["list", dir.path, "--issue", "diplomacy"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.contains("diplomacy") })
        let unknown = try CommandRunner.run(["list", dir.path, "--issue", "cooking"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("cooking"))
    }

    @Test func anEmptyListSaysWhyOnStandardError() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Harbour notes\n\nThe harbour is quiet and the boats are painted blue.\n".utf8)
            .write(to: dir.appendingPathComponent("quiet.txt"))
        let none = try CommandRunner.run(["list", dir.path])
        #expect(none.status == 0)
        #expect(none.stdout.isEmpty)
        #expect(none.stderr.contains("no event found in 1 document"))
        let fixtures = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: fixtures) }
        let filtered = try CommandRunner.run(["list", fixtures.path, "--since", "2090"])
        #expect(filtered.stdout.isEmpty)
        #expect(filtered.stderr.contains("no event matches the filter"))
    }

    @Test func standardInputIsReadWithDash() throws {
        let result = try CommandRunner.run(["export", "-"], stdin: Data(CLIFixtures.article.utf8))
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("\"path\" : \"-\""))
    }

    @Test func browseWithoutATerminalPrintsTheListAndSaysSo() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let browse = try CommandRunner.run([dir.path])
        let list = try CommandRunner.run(["list", dir.path])
        #expect(browse.status == 0)
        #expect(browse.stdout == list.stdout)
        #expect(browse.stderr.contains("not a terminal"))
    }

    @Test func issuesCountsEventsPerIssue() throws {
        let dir = try Self.fixtureFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(["issues", dir.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count >= 13)
        let diplomacy = lines.first { $0.hasPrefix("diplomacy") }
        #expect(diplomacy.map { !$0.hasSuffix(" 0") } == true)
    }

    @Test func controlCharactersInArticlesNeverReachTheOutput() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let hostile = CLIFixtures.article.replacingOccurrences(of: "Norway's", with: "Norway\u{1B}]0;pwned\u{07}\u{1B}[2J's\u{202E}")
        try Data(hostile.utf8).write(to: dir.appendingPathComponent("hostile.txt"))
        for command in [["list"], ["export"]] {
            let out = try CommandRunner.run(command + [dir.path]).stdout
            #expect(!out.contains("\u{1B}"))
            #expect(!out.contains("\u{202E}"))
            #expect(!out.contains("\u{07}"))
        }
    }
}
