import Foundation
import Testing
@testable import DatelineExtraction

@Suite struct HeapTuningTests {
    @Test(arguments: [
        (nil, "glibc.malloc.hugetlb=1"),
        ("", "glibc.malloc.hugetlb=1"),
        ("glibc.malloc.tcache_count=0", "glibc.malloc.tcache_count=0:glibc.malloc.hugetlb=1"),
        ("glibc.malloc.hugetlb=0", nil),
        ("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", nil),
    ] as [(String?, String?)])
    func addsHugePagesUnlessTheEnvironmentAlreadyDecides(existing: String?, expected: String?) {
        #expect(HeapTuning.tunables(adding: existing) == expected)
    }

    @Test func inputBytesSumsTheFilesAReadWouldTake() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-heap-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        try Data(repeating: 0x61, count: 300).write(to: URL(fileURLWithPath: root + "/a.txt"))
        try Data(repeating: 0x61, count: 50).write(to: URL(fileURLWithPath: root + "/sub/b.md"))
        try Data(repeating: 0x61, count: 999).write(to: URL(fileURLWithPath: root + "/image.png"))

        #expect(HeapTuning.inputBytes(of: [root], sizeLimit: 1_000) == 350)
        // (An oversized file is skipped by the read, so it cannot make the heap large.)
        #expect(HeapTuning.inputBytes(of: [root], sizeLimit: 200) == 50)
        #expect(HeapTuning.inputBytes(of: [root, "-"], sizeLimit: 1_000) == 0)
        #expect(HeapTuning.inputBytes(of: [root + "/missing"], sizeLimit: 1_000) == 0)
    }
}
