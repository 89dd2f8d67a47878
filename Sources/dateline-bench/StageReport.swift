import DatelineExtraction

enum StageReport {
    static func format(_ times: StageTimes) -> String {
        let total = max(times.total, 1e-9)
        var out = "per-stage breakdown (one core):\n"
        for (stage, seconds) in times.seconds {
            out += "  " + stage.padding(toLength: 22, withPad: " ", startingAt: 0)
                + String(format: "%7.3f s  %5.1f%%\n", seconds, 100 * seconds / total)
        }
        out += "  " + "sum".padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%7.3f s\n", times.total)
        return out
    }
}
