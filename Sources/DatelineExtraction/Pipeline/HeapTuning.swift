import Foundation

/// Transparent huge pages for the heap of a large run.
///
/// A large corpus allocates hundreds of megabytes in small blocks. In 4 KB pages, the first-touch
/// page faults and TLB misses cost about a fifth of a one-core run on a 50 MB corpus (measured in
/// docs/performance.md). glibc's malloc asks for huge pages when the tunable `glibc.malloc.hugetlb=1`
/// is set, but it reads tunables only when a process starts: so a program about to read a large
/// input re-executes itself once with the tunable added. Small inputs never pay for the second start.
public enum HeapTuning {
    public static let environmentVariable = "GLIBC_TUNABLES"
    public static let hugePages = "glibc.malloc.hugetlb=1"
    /// Below this much input the heap stays small and a second process start costs more than it saves.
    public static let worthwhileBytes = 8 << 20

    /// The tunables with huge pages added, or nil when `existing` already says something about
    /// `glibc.malloc.hugetlb`: a user's own choice wins, and the re-executed process stops here.
    public static func tunables(adding existing: String?) -> String? {
        guard let existing, !existing.isEmpty else { return hugePages }
        if existing.contains("glibc.malloc.hugetlb") { return nil }
        return existing + ":" + hugePages
    }

    /// The bytes of the files a read of `paths` would take (folders walked, files over `sizeLimit`
    /// left out as the read leaves them), or 0 when a path cannot be listed or is standard input
    /// (its size is unknown, and reading it must not wait).
    public static func inputBytes(of paths: [String], sizeLimit: Int) -> Int {
        guard !paths.contains("-"), let collected = try? FileCollector(sizeLimit: sizeLimit).collect(paths) else { return 0 }
        return collected.files.reduce(0) { $0 + ($1.size ?? 0) }
    }

    /// Re-executes the running program with huge pages for malloc when `inputBytes` is worth it and
    /// the environment does not decide already. Returns when it does not re-execute (or `execv` fails).
    /// Call before anything is written or the terminal is set up: the new process starts afresh.
    public static func reexecuteIfWorthwhile(inputBytes: Int) {
        #if os(Linux)
        guard inputBytes >= worthwhileBytes,
              let value = tunables(adding: ProcessInfo.processInfo.environment[environmentVariable]) else { return }
        let previous = getenv(environmentVariable).map { String(cString: $0) }
        setenv(environmentVariable, value, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // (Only reached when exec failed: carry on as before, with the environment as it was.)
        if let previous { setenv(environmentVariable, previous, 1) } else { unsetenv(environmentVariable) }
        #endif
    }
}
