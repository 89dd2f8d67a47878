import Foundation

/// Wall-clock time spent in each pipeline stage during one single-threaded run, for benchmarks.
public struct StageTimes: Sendable {
    public private(set) var seconds: [(stage: String, seconds: Double)] = []

    public init() {}

    /// Runs `body`, adding its duration to `stage`.
    public mutating func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = Self.now()
        defer { add(stage, seconds: Self.seconds(since: start)) }
        return try body()
    }

    /// Adds `elapsed` to `stage` (for work whose parts are measured apart, minus those parts).
    public mutating func add(_ stage: String, seconds elapsed: Double) {
        if let i = seconds.firstIndex(where: { $0.stage == stage }) {
            seconds[i].seconds += elapsed
        } else {
            seconds.append((stage, elapsed))
        }
    }

    /// A monotonic timestamp in nanoseconds.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func seconds(since start: UInt64) -> Double { Double(now() - start) / 1e9 }

    public var total: Double { seconds.reduce(0) { $0 + $1.seconds } }
}
