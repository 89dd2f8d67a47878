/// Which field of a numeric date ("06/03/2024") a page writes first.
public enum NumericDateOrder: Hashable, Sendable {
    case monthFirst
    case dayFirst
}

extension DateTextScanner {
    /// The numeric-date convention a text shows by its unambiguous dates ("5/15/2024" is month-first,
    /// "15/5/2024" day-first), or nil when it shows none or both. CONVENTIONS §5: an ambiguous numeric
    /// date is read in the convention that agrees with the rest of the page.
    /// - Complexity: O(n) in the text.
    public static func numericOrder(in text: String) -> NumericDateOrder? {
        let tokens = tokenize(Array(text.utf8))
        var monthFirst = false
        var dayFirst = false
        var i = 0
        while i + 4 < tokens.count {
            defer { i += 1 }
            guard let (a, _) = number(tokens[i], digits: 1...2), let sep = isPunct(tokens[i + 1], "/.-"),
                  let (b, _) = number(tokens[i + 2], digits: 1...2),
                  isPunct(tokens[i + 3], String(UnicodeScalar(sep))) != nil, year(tokens[i + 4]) != nil,
                  (1...31).contains(a), (1...31).contains(b)
            else { continue }
            if a <= 12, b > 12 { monthFirst = true }
            if a > 12, b <= 12 { dayFirst = true }
        }
        switch (monthFirst, dayFirst) {
        case (true, false): return .monthFirst
        case (false, true): return .dayFirst
        default: return nil
        }
    }
}
