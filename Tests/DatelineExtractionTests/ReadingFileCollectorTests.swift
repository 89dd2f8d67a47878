import Foundation
import Testing
@testable import DatelineExtraction

@Suite struct ReadingFileCollectorTests {
    /// A fresh temporary folder with the given files (path → content), removed by `cleanup`.
    private final class TempTree {
        let root: String
        init(_ files: [String: String]) throws {
            root = FileManager.default.temporaryDirectory
                .appendingPathComponent("dateline-collector-\(UUID().uuidString)").path
            for (path, content) in files {
                let full = root + "/" + path
                try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                        withIntermediateDirectories: true)
                try Data(content.utf8).write(to: URL(fileURLWithPath: full))
            }
        }
        func link(_ path: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: root + "/" + path, withDestinationPath: target)
        }
        deinit { try? FileManager.default.removeItem(atPath: root) }
    }

    private func relative(_ files: [CollectedFile], _ tree: TempTree) -> [String] {
        files.map { $0.path.hasPrefix(tree.root + "/") ? String($0.path.dropFirst(tree.root.count + 1)) : $0.path }
    }

    @Test func walksFoldersSortedSkippingHiddenAndOtherExtensions() throws {
        let tree = try TempTree([
            "b.txt": "b", "a.json": "{}", "sub/z.jsonl": "{}", "sub/y.md": "y", "sub/x.MD": "x",
            ".hidden.txt": "h", ".git/config.txt": "c", "notes": "n", "image.png": "p", "c.JSON": "{}",
        ])
        let (files, warnings) = try FileCollector().collect([tree.root])
        #expect(relative(files, tree) == ["a.json", "b.txt", "c.JSON", "sub/x.MD", "sub/y.md", "sub/z.jsonl"])
        #expect(warnings.isEmpty)
        #expect(files.first?.size == 2)
    }

    @Test func explicitFilesAreTakenWhateverTheExtensionInGivenOrder() throws {
        let tree = try TempTree(["z.html": "z", "README": "r", ".secret": "s"])
        let paths = [tree.root + "/z.html", tree.root + "/README", "-", tree.root + "/.secret"]
        let (files, _) = try FileCollector().collect(paths)
        #expect(relative(files, tree) == ["z.html", "README", "-", ".secret"])
        #expect(files[2].isStandardInput)
    }

    @Test func missingPathIsATypedErrorNamingIt() throws {
        let tree = try TempTree(["a.txt": "a"])
        let missing = tree.root + "/nope.txt"
        #expect(throws: FileCollectorError.missingPath(missing)) {
            try FileCollector().collect([tree.root + "/a.txt", missing])
        }
    }

    @Test func symlinkLoopDoesNotHang() throws {
        let tree = try TempTree(["top/a.txt": "a", "top/inner/b.txt": "b"])
        try tree.link("top/inner/back", to: tree.root + "/top")
        try tree.link("top/self", to: ".")
        let (files, warnings) = try FileCollector().collect([tree.root + "/top"])
        #expect(relative(files, tree) == ["top/a.txt", "top/inner/b.txt"])
        #expect(warnings.count == 2)
        #expect(warnings.allSatisfy { if case .symlinkCycle = $0 { true } else { false } })
    }

    @Test func sameFileTwiceIsReadOnce() throws {
        let tree = try TempTree(["a.txt": "a"])
        try tree.link("alias.txt", to: tree.root + "/a.txt")
        let (files, _) = try FileCollector().collect([tree.root + "/a.txt", tree.root])
        #expect(relative(files, tree) == ["a.txt"])
    }

    @Test func danglingLinkInFolderWarns() throws {
        let tree = try TempTree(["a.txt": "a"])
        try tree.link("gone.txt", to: tree.root + "/missing.txt")
        let (files, warnings) = try FileCollector().collect([tree.root])
        #expect(relative(files, tree) == ["a.txt"])
        #expect(warnings == [.notARegularFile(path: tree.root + "/gone.txt")])
    }

    @Test func filesOverTheLimitAreSkippedWithWarning() throws {
        let tree = try TempTree(["small.txt": "12345", "big.txt": String(repeating: "x", count: 11)])
        let (files, warnings) = try FileCollector(sizeLimit: 10).collect([tree.root])
        #expect(relative(files, tree) == ["small.txt"])
        #expect(warnings == [.fileTooLarge(path: tree.root + "/big.txt", size: 11, limit: 10)])
    }

    @Test func readBytesReturnsContentOrWarning() throws {
        let tree = try TempTree(["a.txt": "hello", "b.txt": "0123456789AB"])
        let collector = FileCollector(sizeLimit: 10)
        #expect(try collector.readBytes(of: CollectedFile(path: tree.root + "/a.txt", size: 5)).get() == Array("hello".utf8))
        // A file that grew past the limit after it was collected.
        let grown = collector.readBytes(of: CollectedFile(path: tree.root + "/b.txt", size: nil))
        #expect(throws: ReadWarning.fileTooLarge(path: tree.root + "/b.txt", size: 11, limit: 10)) { try grown.get() }
        let missing = collector.readBytes(of: CollectedFile(path: tree.root + "/gone.txt", size: 1))
        #expect(throws: (any Error).self) { try missing.get() }
        if case .failure(.unreadable(let path, _)) = missing { #expect(path == tree.root + "/gone.txt") } else {
            Issue.record("expected unreadable, got \(missing)")
        }
    }
}
