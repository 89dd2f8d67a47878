/// Writes JSON into a byte buffer exactly as Foundation's `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indents, `"key" : value`,
/// empty containers as `[\n\n]`, control characters escaped, everything else (slashes, non-ASCII)
/// written as it is. Callers write keys in sorted order.
///
/// Why not `JSONEncoder`: it boxes every value and key on the way, which made encoding a third of
/// `dateline export`'s work; this writer appends bytes and nothing else.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    private static let hexDigits = Array("0123456789abcdef".utf8)
    /// Per open container: whether nothing has been written in it yet.
    private var isEmpty: [Bool] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// Starts an object member; its value follows.
    mutating func key(_ name: StaticString) {
        newElement()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [UInt8(ascii: "\""), 0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts an object member whose name is data (a dictionary key).
    mutating func key(_ name: String) {
        newElement()
        string(name)
        bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    }

    /// Starts an array element; its value follows.
    mutating func element() { newElement() }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for i in utf8.indices {
                let byte = utf8[i]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: utf8[start..<i])
                start = i + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [0x5C, UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, UInt8(ascii: "b")])
                case 0x09: bytes.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                case 0x0A: bytes.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0C: bytes.append(contentsOf: [0x5C, UInt8(ascii: "f")])
                case 0x0D: bytes.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                default:
                    bytes.append(contentsOf: [0x5C, UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]])
                }
            }
            bytes.append(contentsOf: utf8[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        digits(value.magnitude, width: 1)
    }

    /// A date as a string, spelled as `CalendarDate.iso` spells it ("2024-04-26"; the year padded
    /// to four digits, with a minus before it when negative), without making the string.
    mutating func date(_ date: CalendarDate) {
        let c = date.components
        bytes.append(UInt8(ascii: "\""))
        if c.year < 0 { bytes.append(UInt8(ascii: "-")) }
        digits(c.year.magnitude, width: 4)
        bytes.append(UInt8(ascii: "-"))
        digits(c.month.magnitude, width: 2)
        bytes.append(UInt8(ascii: "-"))
        digits(c.day.magnitude, width: 2)
        bytes.append(UInt8(ascii: "\""))
    }

    /// The decimal digits of `value`, zero-padded to at least `width`.
    private mutating func digits(_ value: UInt, width: Int) {
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0) // 24 bytes hold any UInt's 20 digits
        withUnsafeMutableBytes(of: &scratch) { buffer in
            var end = buffer.count, v = value
            repeat {
                end -= 1
                buffer[end] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            while buffer.count - end < width {
                end -= 1
                buffer[end] = UInt8(ascii: "0")
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[end...]))
        }
    }
    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        isEmpty.append(true)
    }

    private mutating func close(_ bracket: UInt8) {
        let wasEmpty = isEmpty.removeLast()
        bytes.append(0x0A)
        if wasEmpty { bytes.append(0x0A) }
        indent()
        bytes.append(bracket)
    }

    private mutating func newElement() {
        if let last = isEmpty.indices.last {
            if !isEmpty[last] { bytes.append(UInt8(ascii: ",")) }
            isEmpty[last] = false
        }
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(0x20, count: 2 * isEmpty.count))
    }
}
