import Foundation
import Testing

@Suite struct ExitStatusTests {
    @Test func missingPathExits66AndNamesIt() throws {
        let result = try CommandRunner.run(["list", "/no/such/dateline/path"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("/no/such/dateline/path"))
        #expect(result.stdout.isEmpty)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try CommandRunner.run(["list", "--no-such-flag"])
        #expect(result.status == 64)
    }

    @Test func badSinceDateIsAUsageError() throws {
        let result = try CommandRunner.run(["list", "--since", "yesterday"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--since"))
    }

    @Test func helpAndVersionSucceed() throws {
        let help = try CommandRunner.run(["--help"])
        #expect(help.status == 0)
        for word in ["list", "export", "issues", "browse"] { #expect(help.stdout.contains(word)) }
        let version = try CommandRunner.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.split(separator: ".").count == 3)
    }

    @Test func emptyFolderHasNothingToRead() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try CommandRunner.run(["list", dir.path])
        #expect(result.status == 66)
    }

    @Test func onlyUnreadableFilesExit65() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 0, 255, 0, 7]).write(to: dir.appendingPathComponent("binary.txt"))
        let result = try CommandRunner.run(["list", dir.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("empty.txt"))
        #expect(result.stderr.contains("binary.txt"))
    }

    @Test func aLargeBinaryFileIsSkippedWithOneWarning() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(repeating: 0, count: 9 << 20).write(to: dir.appendingPathComponent("zeros.txt"))
        let result = try CommandRunner.run(["list", dir.path])
        #expect(result.status == 65)
        #expect(result.stderr.components(separatedBy: "zeros.txt").count == 2)
        #expect(result.stdout.isEmpty)
    }

    @Test func aMalformedTaxonomyIsNamedWithItsLine() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("mine.tsv")
        try Data("# issues\r\nissue\ttaiwan\tTaiwan\r\nterms\ttaiwan\r\n".utf8).write(to: file)
        let result = try CommandRunner.run(["issues", "--taxonomy", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("taxonomy \(file.path):3: expected"))
    }

    @Test func aBadFileIsSkippedAndTheRestStillRead() throws {
        let dir = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data(CLIFixtures.article.utf8).write(to: dir.appendingPathComponent("good.txt"))
        let result = try CommandRunner.run(["export", dir.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("empty.txt"))
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let documents = json?["documents"] as? [[String: Any]]
        #expect(documents?.count == 1)
    }
}

enum CLIFixtures {
    /// A short invented wire report with a dateline, used by several CLI tests.
    static let article = """
        Ministers agree to resume fisheries talks after long freeze

        OSLO, March 14 (Reuters) - Norway's Foreign Minister Kari Lund met her Icelandic counterpart \
        Jon Sigurdsson in Oslo on Tuesday and agreed to resume talks on fishing quotas, the ministry said.

        The two governments suspended the talks in October 2022 after a dispute over mackerel catches.

        Lund will travel to Reykjavik next month for a second round, officials said.

        © 2024 Example Wire
        """
}
