import Foundation

/// Wall-clock time spent in each pipeline stage during one single-threaded run, for benchmarks.
public struct StageTimes: Sendable {
    public private(set) var seconds: [(stage: String, seconds: Double)] = []

    public init() {}

    /// Runs `body`, adding its duration to `stage`.
    public mutating func measure<T>(_ stage: String, _ body: () throws -> T) rethrows -> T {
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if let i = seconds.firstIndex(where: { $0.stage == stage }) {
                seconds[i].seconds += elapsed
            } else {
                seconds.append((stage, elapsed))
            }
        }
        return try body()
    }

    public var total: Double { seconds.reduce(0) { $0 + $1.seconds } }
}
