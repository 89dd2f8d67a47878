import DatelineModel
import Foundation

/// The imperative shell of extraction: finds and reads files, loads resources, runs the pure stages
/// on every document in parallel, then merges and assembles the timeline.
///
/// Output does not depend on the degree of parallelism: each document is analysed independently and
/// results are put back in input order before merging.
public struct ExtractionDriver: Sendable {
    public let analyzer: DocumentAnalyzer
    public let options: ExtractionOptions

    public init(options: ExtractionOptions = ExtractionOptions()) throws {
        self.options = options
        self.analyzer = try DocumentAnalyzer(lexicons: AnalysisLexicons.load(
            taxonomyText: options.taxonomyText, taxonomyName: options.taxonomyName))
    }

    /// Reads `paths` (files, folders, `-` for standard input) and builds the timeline.
    public func run(paths: [String], progress: @Sendable (ExtractionProgress) -> Void = { _ in }) throws -> ExtractionResult {
        let (records, warnings) = try InputReading.read(paths: paths, maxFileBytes: options.maxFileBytes) { files, read in
            inOrder(files.count) { read(files[$0]) }
        }
        return ExtractionResult(timeline: build(records: records, warnings: warnings, progress: progress))
    }

    /// One single-threaded run with the time spent in each stage, for benchmarks.
    /// Freeing is a stage of its own: a document's tokens, parses and entities are released when its
    /// analysis returns, and the candidates once the events are built; `run` pays for both.
    public func stageTimes(for paths: [String]) throws -> StageTimes {
        var times: StageTimes? = StageTimes()
        let records = try times!.measure("reading files") {
            Self.dropDuplicates(try InputReading.read(paths: paths, maxFileBytes: options.maxFileBytes).records).records
        }
        var analyses: [DocumentAnalysis] = []
        analyses.reserveCapacity(records.count)
        for record in records {
            let start = StageTimes.now(), measuredBefore = times!.total
            analyses.append(analyzer.analyze(record, times: &times))
            times!.add("freeing memory", seconds: StageTimes.seconds(since: start) - (times!.total - measuredBefore))
        }
        var candidates = analyses.flatMap(\.candidates)
        let documents = analyses.map(\.document)
        let clusters = times!.measure("merge") { EventMerger().clusters(candidates) }
        let timeline = times!.measure("timeline") {
            TimelineAssembler(issues: analyzer.lexicons.issues).assemble(
                documents: documents, candidates: candidates, clusters: clusters)
        }
        times!.measure("freeing memory") {
            analyses = []
            candidates = []
        }
        withExtendedLifetime(timeline) {}
        return times!
    }

    /// Pure part of a run, from records to timeline (also what benchmarks time).
    public func build(records: [ArticleRecord], warnings: [String] = [],
                      progress: @Sendable (ExtractionProgress) -> Void = { _ in }) -> Timeline {
        let unique = Self.dropDuplicates(records, hashes: inOrder(records.count) { ContentHash.fnv1a64(records[$0].text) })
        let analyses = analyzeAll(unique.records, progress: progress)
        let candidates = analyses.flatMap(\.candidates)
        let clusters = EventMerger().clusters(candidates)
        let documents = analyses.map(\.document)
        let assembler = TimelineAssembler(issues: analyzer.lexicons.issues)
        let context = TimelineAssembler.Context(documents: documents, candidates: candidates)
        let events = eventsOf(clusters) { assembler.event(for: $0, candidates: candidates, context: context) }
        return assembler.finish(documents: documents, events: events, warnings: warnings + unique.warnings)
    }

    /// `make` applied to every cluster, in cluster order; in parallel chunks when the options allow.
    func eventsOf(_ clusters: [[Int]], _ make: @Sendable ([Int]) -> Event?) -> [Event] {
        let chunkSize = 2048
        guard options.parallel, clusters.count > chunkSize else { return clusters.compactMap(make) }
        let chunks = (clusters.count + chunkSize - 1) / chunkSize
        let results = ResultSlots<[Event]>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let range = (c * chunkSize)..<min(clusters.count, (c + 1) * chunkSize)
            results.set(c, clusters[range].compactMap(make))
        }
        return results.values().flatMap { $0 }
    }

    /// `body(i)` for every `i` in `0..<count`, in index order; in parallel when the options allow.
    func inOrder<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        guard options.parallel, count > 1 else { return (0..<count).map(body) }
        let results = ResultSlots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { results.set($0, body($0)) }
        return results.values()
    }

    func analyzeAll(_ records: [ArticleRecord], progress: @Sendable (ExtractionProgress) -> Void) -> [DocumentAnalysis] {
        let total = records.count
        guard options.parallel, total > 1 else {
            return records.enumerated().map { i, record in
                defer { progress(ExtractionProgress(documentsDone: i + 1, documentsTotal: total)) }
                return self.analyzer.analyze(record)
            }
        }
        let results = ResultSlots<DocumentAnalysis>(count: total)
        let counter = ResultSlots<Int>(count: 1)
        let shared = self.analyzer
        DispatchQueue.concurrentPerform(iterations: total) { i in
            results.set(i, shared.analyze(records[i]))
            let done = counter.increment()
            if done % 16 == 0 || done == total { progress(ExtractionProgress(documentsDone: done, documentsTotal: total)) }
        }
        return results.values()
    }

    /// The same article twice (identical text after whitespace folding) counts as one source.
    /// `hashes[i]` is `ContentHash.fnv1a64` of `records[i].text` (computed by the caller, in parallel in a run).
    static func dropDuplicates(_ records: [ArticleRecord], hashes: [UInt64]? = nil) -> (records: [ArticleRecord], warnings: [String]) {
        let hashes = hashes ?? records.map { ContentHash.fnv1a64($0.text) }
        var seen: [UInt64: String] = [:]
        var kept: [ArticleRecord] = []
        var warnings: [String] = []
        for (record, hash) in zip(records, hashes) {
            if let first = seen[hash] {
                warnings.append("\(record.path): same text as \(first); counted once")
                continue
            }
            seen[hash] = record.id
            kept.append(record)
        }
        return (kept, warnings)
    }
}

public struct ExtractionResult: Sendable {
    public var timeline: Timeline
}

/// Fixed slots written from concurrent iterations; each slot is written once, under a lock.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private var count = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock(); slots[i] = value; lock.unlock()
    }

    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        count += 1
        return count
    }

    func values() -> [T] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
