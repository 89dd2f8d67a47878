import DatelineExtraction
import DatelineModel
import DatelineTUI
import Foundation

/// Times what `dateline` does between starting and its first frame on the bundled seeds, in
/// process: loading the lexicons, reading and extracting the two articles, building the browser
/// state and rendering the first screen (120×40). Process launch and curses start-up come on top
/// (measure those with `time dateline --version`); they are a few milliseconds.
enum StartupBenchmark {
    static func run() -> String {
        guard let seeds = seedsFolder() else { return "start-up: seeds/ not found beside the package\n" }
        var samples: [Double] = []
        var stages: (lexicons: Double, extraction: Double, state: Double, render: Double) = (0, 0, 0, 0)
        for repetition in 0..<21 {
            let start = ContinuousClock.now
            guard let driver = try? ExtractionDriver(options: ExtractionOptions()) else { return "start-up: resources missing\n" }
            let loaded = ContinuousClock.now
            guard let timeline = try? driver.run(paths: [seeds]).timeline else { return "start-up: seeds unreadable\n" }
            let extracted = ContinuousClock.now
            let state = BrowserState(timeline: timeline, corpusName: "seeds", width: 120, height: 40)
            let built = ContinuousClock.now
            _ = render(state)
            let rendered = ContinuousClock.now
            samples.append(milliseconds(rendered - start))
            if repetition == 0 {
                stages = (milliseconds(loaded - start), milliseconds(extracted - loaded),
                          milliseconds(built - extracted), milliseconds(rendered - built))
            }
        }
        let sorted = samples.sorted()
        return String(format: """
            start-up to first frame on the seeds (in process, 120x40): first %.1f ms \
            (lexicons %.1f, extraction %.1f, state %.2f, render %.2f), median of 20 more %.1f ms

            """, samples[0], stages.lexicons, stages.extraction, stages.state, stages.render, sorted[sorted.count / 2])
    }

    /// `seeds/` of the package this file belongs to.
    static func seedsFolder(file: String = #filePath) -> String? {
        var url = URL(fileURLWithPath: file).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("seeds")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("../Package.swift").standardized.path) {
                return candidate.path
            }
            url = url.deletingLastPathComponent()
        }
        return nil
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
