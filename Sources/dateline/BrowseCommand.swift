import ArgumentParser
import DatelineExtraction
import DatelineModel
import Dispatch
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the chronology in the terminal (the default command).",
        discussion: """
            Press ? in the browser for every key. When standard output is not a terminal, prints the \
            list instead. With `-`, the article comes from standard input and keys from the terminal.
            """)

    @OptionGroup var input: InputOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            let (timeline, _) = CorpusLoader.load(input)
            FileHandle.standardOutput.write(Data(ListFormatter(useColor: false).format(timeline.events, issues: timeline.issues).utf8))
            Diagnostics.note("standard output is not a terminal: printed the list instead of opening the browser")
            return
        }
        var warnings: [String] = []
        do {
            try TerminalBrowser.run(corpusName: CorpusLoader.corpusName(input.paths, usedSeeds: input.paths.isEmpty)) { show in
                let timeline = try Self.readInBackground(input, show: show)
                warnings = timeline.warnings
                return timeline
            }
        } catch is LoadingCancelled {
            return
        } catch {
            DatelineFailure.exit(with: error)
        }
        // The full screen hid stderr; the warnings are still worth having in the scrollback.
        for warning in warnings { Diagnostics.warning(warning) }
    }

    /// Extraction runs on worker threads while this (the curses) thread paints its progress, so
    /// every curses call stays on one thread.
    private static func readInBackground(_ input: InputOptions, show: LoadingProgress) throws -> Timeline {
        let latest = ProgressBox()
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var outcome: Result<Timeline, Error>?
        WorkerSignals.spawningBlocked {
            DispatchQueue.global(qos: .userInitiated).async {
                WorkerSignals.blockInThisThread()
                outcome = Result { try CorpusLoader.read(input, progress: { latest.store($0) }).0 }
                finished.signal()
            }
        }
        guard show("Reading articles…", nil) else { throw LoadingCancelled() }
        while finished.wait(timeout: .now() + .milliseconds(40)) == .timedOut {
            let progress = latest.load()
            let keepGoing = if let progress, progress.documentsTotal > 0 {
                show("Reading \(progress.documentsDone) of \(progress.documentsTotal) articles…",
                     Double(progress.documentsDone) / Double(progress.documentsTotal))
            } else {
                show("Reading articles…", nil)
            }
            // The extraction thread is left to finish on its own: the process ends right after.
            guard keepGoing else { throw LoadingCancelled() }
        }
        return try outcome!.get()
    }
}

/// The latest progress report, handed from the extraction's threads to the painting thread.
private final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: ExtractionProgress?

    func store(_ progress: ExtractionProgress) {
        lock.lock(); defer { lock.unlock() }
        if progress.documentsDone >= value?.documentsDone ?? 0 { value = progress }
    }

    func load() -> ExtractionProgress? {
        lock.lock(); defer { lock.unlock() }
        return value
    }
}
