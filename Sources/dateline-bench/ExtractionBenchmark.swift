import DatelineExtraction
import DatelineModel
import Foundation

/// Times the whole extraction from files on disk to the finished timeline (merge included, JSON not).
struct ExtractionBenchmark {
    var megabytes: Double
    var directory: String?

    func run() {
        let dir = directory ?? (NSTemporaryDirectory() + "dateline-bench-corpus-\(Int(megabytes))mb")
        guard let bytes = prepareCorpus(at: dir) else {
            print("dateline-bench: \(dir) holds files the benchmark did not write; they are left alone."
                  + " Time them as they are with --corpus \(dir).")
            return
        }
        let mb = Double(bytes) / 1_048_576
        print(String(format: "corpus: %@ (%.1f MB)", dir, mb))
        for parallel in [false, true] {
            var options = ExtractionOptions()
            options.parallel = parallel
            guard let driver = try? ExtractionDriver(options: options) else {
                print("cannot load resources"); return
            }
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = CPUTime.seconds()
            guard let result = try? driver.run(paths: [dir]) else {
                print("extraction failed"); return
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpuSeconds = CPUTime.seconds() - cpuStart
            let cores = parallel ? ProcessInfo.processInfo.activeProcessorCount : 1
            print(String(format: "%@ (%d core%@): %.2f s, %.1f MB/s, %.0f events/s, %d documents, %d events",
                         parallel ? "all cores" : "one core", cores, cores == 1 ? "" : "s", seconds, mb / seconds,
                         Double(result.timeline.events.count) / seconds, result.timeline.documents.count,
                         result.timeline.events.count))
            // CPU time shows whether the cores did more work in parallel (contention) or merely
            // waited for a machine shared with other jobs (wall time up, CPU time not).
            print(String(format: "  cpu time %.2f s (%.1f MB per cpu-second)", cpuSeconds, mb / cpuSeconds))
            if !parallel, let times = try? driver.stageTimes(for: [dir]) { print(StageReport.format(times)) }
        }
    }

    /// Writes the synthetic corpus once; reuses it when it is already there. Nil when `dir` holds
    /// files the generator did not write (they are never deleted).
    func prepareCorpus(at dir: String) -> Int? {
        let fm = FileManager.default
        let target = Int(megabytes * 1_048_576)
        let folder = CorpusFolder(path: dir)
        if let total = folder.existingBytes() {
            guard folder.isGenerated() else { return nil }
            if total >= target { return total }
        }
        try? fm.removeItem(atPath: dir)
        try? fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        folder.writeMarker()
        var generator = SyntheticCorpus(seed: 0x5EED)
        var written = 0, index = 0
        while written < target {
            let text = generator.article(index: index)
            _ = fm.createFile(atPath: String(format: "%@/a%06d.txt", dir, index), contents: Data(text.utf8))
            written += text.utf8.count
            index += 1
        }
        return written
    }
}

enum CPUTime {
    /// User plus system time of the whole process so far.
    static func seconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }
}

enum PeakMemory {
    static func kilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss
    }
}
