import DatelineModel

/// Parses what the user types after `:` into a group key to jump to.
///
/// Accepts `2024`, `2023-02`, `2023-02-14`, `feb 2023`, `February 2023`, `2023 feb`. Days are read
/// but the jump goes to the month (the list is grouped by month).
enum DateQuery {
    static func groupKey(_ text: String) -> Int? {
        let words = text.lowercased().split { $0 == " " || $0 == "," || $0 == "/" }.map(String.init)
        var year: Int?
        var month: Int?
        for word in words {
            if word.contains("-") {
                let parts = word.split(separator: "-").map(String.init)
                guard let y = parts.first.flatMap({ Int($0) }) else { return nil }
                year = y
                if parts.count > 1 {
                    guard let m = Int(parts[1]), (1...12).contains(m) else { return nil }
                    month = m
                }
            } else if let number = Int(word) {
                if word.count >= 3 { year = number } else if number < 1 || number > 31 { return nil }
            } else if let m = monthNumber(word) {
                month = m
            } else {
                return nil
            }
        }
        guard let y = year, (1...9999).contains(y) else { return nil }
        return y * 13 + (month ?? 0)
    }

    static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        return names.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }
}

extension BrowserState {
    /// Jumps to the first event listed at or after the month (or year) typed. O(log g).
    mutating func goTo(_ text: String) {
        guard let key = DateQuery.groupKey(text) else {
            message = "cannot read the date \"\(text)\": try 2023-02, feb 2023 or 2024"
            return
        }
        guard let group = visible.groups.firstIndex(where: { $0.key >= key }) else {
            message = "nothing listed after \(text)"
            select(item: visible.count - 1)
            return
        }
        select(item: visible.groups[group].firstItem)
        let chosen = visible.groups[group].key
        let exact = chosen == key || (GroupKey.month(key) == 0 && GroupKey.year(chosen) == GroupKey.year(key))
        if !exact {
            message = "nothing listed in \(text): showing the next events"
        }
    }
}
