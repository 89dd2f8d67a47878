import DatelineModel

/// Writes tagged temporal expressions as TimeML inline markup or as JSON Lines. Pure string building.
///
/// Every expression's `range` must be a UTF-8 byte range into the document text (shift sentence ranges
/// by `Sentence.range.lowerBound` first); expressions that overlap an earlier one or fall outside the
/// text are skipped.
public enum TimeMLWriter {
    /// The text with `<TIMEX3 tid="t1" type="DATE" value="2024-04-26" [mod="START"]>…</TIMEX3>` around each
    /// expression; `&`, `<` and `>` in the text are escaped. O(text + expressions).
    public static func timeML(text: String, expressions: [TemporalExpression]) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + expressions.count * 60)
        var cursor = 0
        var tid = 0
        for x in valid(expressions, length: bytes.count) where x.range.lowerBound >= cursor {
            appendEscaped(bytes[cursor..<x.range.lowerBound], to: &out)
            tid += 1
            var open = "<TIMEX3 tid=\"t\(tid)\" type=\"\(x.kind.rawValue)\" value=\"\(attribute(x.value))\""
            if let mod = x.mod { open += " mod=\"\(attribute(mod))\"" }
            open += ">"
            out.append(contentsOf: open.utf8)
            appendEscaped(bytes[x.range], to: &out)
            out.append(contentsOf: "</TIMEX3>".utf8)
            cursor = x.range.upperBound
        }
        appendEscaped(bytes[cursor...], to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One JSON object (no trailing newline):
    /// `{"document","dct","timexes":[{"text","start","end","type","value","mod","earliest","latest","granularity"}]}`.
    public static func jsonLine(document: String, dct: CalendarDate?, expressions: [TemporalExpression]) -> String {
        var s = "{\"document\":" + json(document) + ",\"dct\":" + (dct.map { json($0.iso) } ?? "null") + ",\"timexes\":["
        for (k, x) in expressions.enumerated() {
            if k > 0 { s += "," }
            s += "{\"text\":" + json(x.text) + ",\"start\":\(x.range.lowerBound),\"end\":\(x.range.upperBound)"
            s += ",\"type\":" + json(x.kind.rawValue) + ",\"value\":" + json(x.value)
            s += ",\"mod\":" + (x.mod.map(json) ?? "null")
            s += ",\"earliest\":" + (x.span.earliest.map { json($0.iso) } ?? "null")
            s += ",\"latest\":" + (x.span.latest.map { json($0.iso) } ?? "null")
            s += ",\"granularity\":" + json(x.span.granularity.rawValue) + "}"
        }
        return s + "]}"
    }

    /// A JSON string literal with quotes, backslashes and control characters escaped.
    public static func json(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func valid(_ expressions: [TemporalExpression], length: Int) -> [TemporalExpression] {
        expressions.filter { $0.range.lowerBound >= 0 && $0.range.upperBound <= length && !$0.range.isEmpty }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func attribute(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    private static func appendEscaped(_ bytes: ArraySlice<UInt8>, to out: inout [UInt8]) {
        for b in bytes {
            switch b {
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            default: out.append(b)
            }
        }
    }
}
