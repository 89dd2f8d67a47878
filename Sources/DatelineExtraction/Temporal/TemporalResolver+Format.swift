import DatelineModel

/// TIMEX3 value text, written straight into the string's bytes (the generic String steps cost a few
/// hundred instructions per value, and every resolved expression makes one).
extension TemporalResolver {
    /// `v` in decimal, zero-padded to `width` digits, with "-" before a negative number.
    static func pad(_ v: Int, _ width: Int) -> String {
        guard v >= 0, v < 1_000_000_000, width <= 9 else { return slowPad(v, width) }
        var digits = 1
        var rest = v
        while rest >= 10 { rest /= 10; digits += 1 }
        let count = max(width, digits)
        return String(unsafeUninitializedCapacity: count) { out in
            var x = v
            for k in stride(from: count - 1, through: 0, by: -1) {
                out[k] = UInt8(truncatingIfNeeded: 0x30 + x % 10)
                x /= 10
            }
            return count
        }
    }

    /// The general form of `pad`.
    static func slowPad(_ v: Int, _ width: Int) -> String {
        let s = String(abs(v))
        return (v < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `d.iso` ("YYYY-MM-DD"), made in one step for years 0–9999.
    static func isoDay(_ d: CalendarDate) -> String {
        let c = (year: d.year, month: d.month, day: d.day)
        guard (0...9999).contains(c.year) else { return d.iso }
        return String(unsafeUninitializedCapacity: 10) { out in
            var y = c.year
            for k in stride(from: 3, through: 0, by: -1) { out[k] = UInt8(truncatingIfNeeded: 0x30 + y % 10); y /= 10 }
            out[4] = UInt8(ascii: "-")
            out[5] = UInt8(truncatingIfNeeded: 0x30 + c.month / 10)
            out[6] = UInt8(truncatingIfNeeded: 0x30 + c.month % 10)
            out[7] = UInt8(ascii: "-")
            out[8] = UInt8(truncatingIfNeeded: 0x30 + c.day / 10)
            out[9] = UInt8(truncatingIfNeeded: 0x30 + c.day % 10)
            return 10
        }
    }
}
