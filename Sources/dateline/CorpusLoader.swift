import DatelineExtraction
import DatelineModel
import Foundation

/// Reads the corpus a command names (or the seeds), reporting warnings and progress on stderr.
enum CorpusLoader {
    /// The timeline, or exits with the right status and message.
    static func load(_ input: InputOptions, showProgress: Bool = isatty(STDERR_FILENO) == 1) -> (Timeline, corpusName: String) {
        do {
            let progress = ProgressLine(enabled: showProgress)
            let loaded = try read(input, progress: { progress.update($0) })
            progress.finish()
            for warning in loaded.0.warnings { Diagnostics.warning(warning) }
            return loaded
        } catch {
            DatelineFailure.exit(with: error)
        }
    }

    /// The timeline of the paths (or the seeds); throws `InputError` when there is nothing to read.
    /// `progress` is called from the extraction's worker threads.
    static func read(_ input: InputOptions,
                     progress: @escaping @Sendable (ExtractionProgress) -> Void) throws -> (Timeline, corpusName: String) {
        let paths = input.paths.isEmpty ? [try SeedsLocator.locate()] : input.paths
        var options = ExtractionOptions()
        options.maxFileBytes = input.maxFileBytes
        if let taxonomy = input.taxonomy {
            guard let data = FileManager.default.contents(atPath: taxonomy) else {
                throw InputError.missingPath(taxonomy)
            }
            options.taxonomyText = String(decoding: data, as: UTF8.self)
            options.taxonomyName = taxonomy
        }
        let driver = try ExtractionDriver(options: options)
        let result = try driver.run(paths: paths, progress: progress)
        return (result.timeline, corpusName(paths, usedSeeds: input.paths.isEmpty))
    }

    static func corpusName(_ paths: [String], usedSeeds: Bool) -> String {
        if usedSeeds { return "seeds" }
        if paths.count == 1 { return paths[0] == "-" ? "stdin" : URL(fileURLWithPath: paths[0]).lastPathComponent }
        return "\(paths.count) paths"
    }
}

/// A one-line progress indicator on stderr, shown only on a terminal and only once loading takes a moment.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private let start = Date()
    private var shown = false
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func update(_ progress: ExtractionProgress) {
        guard enabled, Date().timeIntervalSince(start) > 0.3 else { return }
        lock.lock(); defer { lock.unlock() }
        shown = true
        let line = "\rreading \(progress.documentsDone)/\(progress.documentsTotal) documents…"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
