import DatelineExtraction
import DatelineModel
import Foundation

/// Times extraction on existing articles as they are (`--corpus PATH…`), so the synthetic corpus's
/// figures can be checked against real news, which is less dense in dated events.
///
/// A handful of articles extracts in milliseconds: the run is repeated until it has taken about
/// two seconds, and the mean is reported.
struct CorpusBenchmark {
    var paths: [String]

    func run() {
        for parallel in [false, true] {
            var options = ExtractionOptions()
            options.parallel = parallel
            guard let driver = try? ExtractionDriver(options: options),
                  let first = try? driver.run(paths: paths) else {
                print("corpus: cannot read \(paths.joined(separator: " "))"); return
            }
            let bytes = first.timeline.documents.reduce(0) { $0 + $1.text.utf8.count }
            let mb = Double(bytes) / 1_048_576
            var repetitions = 0
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = CPUTime.seconds()
            var seconds = 0.0
            while seconds < 2 || repetitions < 3 {
                _ = try? driver.run(paths: paths)
                repetitions += 1
                seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            }
            let cpuSeconds = CPUTime.seconds() - cpuStart
            let cores = parallel ? ProcessInfo.processInfo.activeProcessorCount : 1
            let n = Double(repetitions)
            print(String(format: "corpus %@ (%d core%@): %.1f KB, %d documents, %d events, %.2f ms a run (%d runs), %.1f MB/s, %.1f MB per cpu-second",
                         paths.joined(separator: " "), cores, cores == 1 ? "" : "s", Double(bytes) / 1024,
                         first.timeline.documents.count, first.timeline.events.count, 1000 * seconds / n, repetitions,
                         mb * n / seconds, mb * n / cpuSeconds))
            if !parallel { print(StageReport.format(stageTimes(driver, runs: repetitions))) }
        }
    }

    /// The stage breakdown summed over `runs` single-threaded runs.
    func stageTimes(_ driver: ExtractionDriver, runs: Int) -> StageTimes {
        var sum = StageTimes()
        for _ in 0..<runs {
            guard let times = try? driver.stageTimes(for: paths) else { break }
            for (stage, seconds) in times.seconds { sum.add(stage, seconds: seconds) }
        }
        return sum
    }
}
