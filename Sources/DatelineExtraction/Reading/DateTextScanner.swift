import DatelineModel

/// A calendar date as written, possibly without a year or day.
public struct PartialDate: Hashable, Sendable {
    public var year: Int?
    public var month: Int
    public var day: Int?

    public init(year: Int?, month: Int, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day, when year, month and day are all known and valid.
    public var calendarDate: CalendarDate? {
        guard let year, let day else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// A date found in a short text (a date line, a metadata string, a dateline).
public struct DateMention: Hashable, Sendable {
    /// UTF-8 byte range in the scanned text.
    public var range: Range<Int>
    /// One reading, or two for a numeric date that is valid both month-first and day-first
    /// ("06/03/2024"): month-first first.
    public var readings: [PartialDate]
}

/// Finds dates in short texts: ISO and numeric dates, "July 17, 2017", "17 July 2017",
/// "Oct. 28", "20th of March", "March 2021", and the weekday names beside them.
/// Meant for lines and metadata strings, not whole articles (the temporal tagger does those).
/// - Complexity: O(n) in the text.
public enum DateTextScanner {
    static let monthNames: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
        "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdayNames: [String: Int] = [
        "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
        "sunday": 7, "sun": 7,
    ]

    enum TokenKind: Equatable {
        case word(String, capitalised: Bool)
        /// `ordinal` for "20th", "1st".
        case number(Int, digits: Int, ordinal: Bool)
        case punct(UInt8)
    }

    struct Token {
        var kind: TokenKind
        var range: Range<Int>
    }

    /// All date mentions, in text order.
    public static func mentions(in text: String) -> [DateMention] {
        let tokens = tokenize(Array(text.utf8))
        var result: [DateMention] = []
        var i = 0
        while i < tokens.count {
            if let (mention, next) = match(tokens, at: i) {
                result.append(mention)
                i = next
            } else {
                i += 1
            }
        }
        return result
    }

    /// ISO weekdays (1 = Monday) named in the text, in order.
    public static func weekdays(in text: String) -> [Int] {
        tokenize(Array(text.utf8)).compactMap { token in
            if case .word(let w, let capitalised) = token.kind, capitalised || w.count > 3 { return weekdayNames[w] }
            return nil
        }
    }

    static func month(_ token: Token?) -> Int? {
        guard let token, case .word(let w, let capitalised) = token.kind else { return nil }
        // Lowercase "may" is the verb.
        if w == "may" && !capitalised { return nil }
        return monthNames[w]
    }

    /// Token `i` follows "hh:" with no space ("10:27").
    static func isClockMinutes(_ t: [Token], _ i: Int) -> Bool {
        guard i >= 2, isPunct(t[i - 1], ":") != nil, number(t[i - 2], digits: 1...2) != nil else { return false }
        return t[i - 1].range.upperBound == t[i].range.lowerBound && t[i - 2].range.upperBound == t[i - 1].range.lowerBound
    }

    static func number(_ token: Token?, digits: ClosedRange<Int>) -> (value: Int, ordinal: Bool)? {
        guard let token, case .number(let v, let d, let ordinal) = token.kind, digits.contains(d) else { return nil }
        return (v, ordinal)
    }

    static func isPunct(_ token: Token?, _ chars: String) -> UInt8? {
        guard let token, case .punct(let c) = token.kind, chars.utf8.contains(c) else { return nil }
        return c
    }

    static func year(_ token: Token?) -> Int? {
        guard let (v, ordinal) = number(token, digits: 4...4), !ordinal, (1000...2999).contains(v) else { return nil }
        return v
    }

    /// A mention starting at token `i`, and the index after it.
    static func match(_ t: [Token], at i: Int) -> (DateMention, Int)? {
        func at(_ k: Int) -> Token? { k < t.count ? t[k] : nil }
        func mention(_ readings: [PartialDate], _ last: Int) -> (DateMention, Int)? {
            let valid = readings.filter { r in
                guard (1...12).contains(r.month) else { return false }
                guard let d = r.day else { return true }
                return d >= 1 && d <= CalendarDate.daysInMonth(year: r.year ?? 2000, month: r.month)
            }
            var unique: [PartialDate] = []
            for r in valid where !unique.contains(r) { unique.append(r) }
            guard !unique.isEmpty else { return nil }
            return (DateMention(range: t[i].range.lowerBound..<t[last].range.upperBound, readings: unique), last + 1)
        }
        // 2017-07-17, 2017/07/17
        if let y = year(at(i)), let sep = isPunct(at(i + 1), "-/."), let (m, _) = number(at(i + 2), digits: 1...2),
           isPunct(at(i + 3), String(UnicodeScalar(sep))) != nil, let (d, _) = number(at(i + 4), digits: 1...2) {
            return mention([PartialDate(year: y, month: m, day: d)], i + 4)
        }
        // 06/03/2024: month-first and day-first readings.
        if let (a, _) = number(at(i), digits: 1...2), let sep = isPunct(at(i + 1), "/.-"),
           let (b, _) = number(at(i + 2), digits: 1...2), isPunct(at(i + 3), String(UnicodeScalar(sep))) != nil,
           let y = year(at(i + 4)) {
            return mention([PartialDate(year: y, month: a, day: b), PartialDate(year: y, month: b, day: a)], i + 4)
        }
        // July 17, 2017 / Oct. 28 / March 2021
        if let m = month(at(i)) {
            var k = i + 1
            if isPunct(at(k), ".") != nil { k += 1 }
            if let (d, _) = number(at(k), digits: 1...2) {
                var last = k
                var j = k + 1
                if isPunct(at(j), ",") != nil { j += 1 }
                var y: Int?
                if let found = year(at(j)) { y = found; last = j }
                return mention([PartialDate(year: y, month: m, day: d)], last)
            }
            if isPunct(at(k), ",") != nil { k += 1 }
            if let y = year(at(k)) { return mention([PartialDate(year: y, month: m, day: nil)], k) }
            return nil
        }
        // 17 July 2017 / 20th of March ("10:27 December 08, 2019": a clock's minutes are no day)
        if let (d, _) = number(at(i), digits: 1...2), !isClockMinutes(t, i) {
            var k = i + 1
            if case .word("of", _)? = at(k)?.kind { k += 1 }
            guard let m = month(at(k)) else { return nil }
            var last = k
            var j = k + 1
            if isPunct(at(j), ".") != nil { j += 1 }
            if isPunct(at(j), ",") != nil { j += 1 }
            var y: Int?
            if let found = year(at(j)) { y = found; last = j }
            return mention([PartialDate(year: y, month: m, day: d)], last)
        }
        return nil
    }

    /// Words (ASCII letters), numbers (with an ordinal suffix folded in) and single punctuation bytes.
    static func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        func isLetter(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        while i < b.count {
            let c = b[i]
            if isLetter(c) {
                var j = i
                while j < b.count, isLetter(b[j]) { j += 1 }
                // ASCII letters only, so lowercasing is a bit flip.
                let word = String(decoding: b[i..<j].map { $0 | 0x20 }, as: UTF8.self)
                tokens.append(Token(kind: .word(word, capitalised: c <= 0x5A), range: i..<j))
                i = j
            } else if isDigit(c) {
                var j = i
                while j < b.count, isDigit(b[j]) { j += 1 }
                let digits = j - i
                let value = digits <= 9 ? Int(String(decoding: b[i..<j], as: UTF8.self)) ?? 0 : 0
                var end = j
                var ordinal = false
                if j + 1 < b.count, isLetter(b[j]), isLetter(b[j + 1]), j + 2 >= b.count || !isLetter(b[j + 2]) {
                    let suffix = String(decoding: b[j..<(j + 2)], as: UTF8.self).lowercased()
                    if ["st", "nd", "rd", "th"].contains(suffix) { ordinal = true; end = j + 2 }
                }
                tokens.append(Token(kind: .number(value, digits: digits, ordinal: ordinal), range: i..<end))
                i = end
            } else if c == 0x20 || c == 0x0A || c == 0x09 {
                i += 1
            } else {
                tokens.append(Token(kind: .punct(c), range: i..<(i + 1)))
                i += 1
            }
        }
        return tokens
    }
}
