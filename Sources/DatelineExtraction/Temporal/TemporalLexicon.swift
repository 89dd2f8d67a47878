/// Lexicon class of a word for temporal parsing. Closed-class calendar vocabulary, so it lives in code.
enum TemporalWord: UInt8, Sendable {
    case none, other
    // Classes carrying a value in `TemporalToken.value`.
    case month, weekday, season, unit, numberWord, ordinalWord, partOfDay, setWord, timeZone
    // Relative and structural words.
    case last, next, this, past, coming, previous, following, same, earlier, later, early, mid, late
    case middle, ago, before, after, end, start, beginning, that, the, of, on, `in`, at, from, to
    case through, until, `for`, and, since, between, each, every, per, a, an, recent, recently, soon, now
    case today, yesterday, tomorrow, tonight, currently, present, future, current, upcoming, weekend
    case fiscal, half, than, more, less, nearly, about, around, almost, some, over, within, during, by
    case am, pm, q, s, th, st, nd, rd, h, several, few, couple, many, then, far, once, yet, former, x, p, m
    case codeWord, measureWord, baselineWord, pronoun, old, latest, period, near, term, short, long
    case holiday, eve, new, least, additional, decadeWord
    /// A one-day occasion that "the same" can point back to ("the same session").
    case occasion
}

/// Word → (class, value) table, probed by a 64-bit FNV-1a hash of the lower-cased letters.
enum TemporalLexicon {
    struct Entry: Sendable { var word: TemporalWord; var value: Int }

    static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    static func hash(_ word: String) -> UInt64 {
        var h = hashSeed
        for b in word.utf8 { h = mix(h, b | 0x20) }
        return h
    }

    /// Most words are not in the lexicon: a 64K-bit filter on the hash answers "no" without hashing again.
    @inline(__always)
    static func lookup(_ hash: UInt64) -> Entry? {
        guard let entry = lookupWord(hash), entry.inLexicon else { return nil }
        return Entry(word: entry.word, value: entry.value)
    }

    /// What the tokenizer records for a word: its lexicon class and value (`.none`, 0 outside the
    /// lexicon) and its tense cue, from one probe. Nil for words in neither table.
    struct WordEntry: Sendable {
        var word: TemporalWord
        var value: Int
        var inLexicon: Bool
        /// The word's tense cue, if any.
        var cue: TenseDetector.Cue?
        var isAdverb: Bool
    }

    /// The word's entry in the lexicon, the tense cues and the adverbs, or nil.
    @inline(__always)
    static func lookupWord(_ hash: UInt64) -> WordEntry? {
        let bit = Int(truncatingIfNeeded: hash >> 48)
        guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
        return fastTable[hash]
    }

    /// `table`, `TenseDetector.cues` and `TenseDetector.adverbs` in one table for probing: no SipHash per word.
    static let fastTable: HashKeyTable<WordEntry> = {
        var merged: [UInt64: WordEntry] = [:]
        for (hash, entry) in table {
            merged[hash] = WordEntry(word: entry.word, value: entry.value, inLexicon: true, cue: nil, isAdverb: false)
        }
        TenseDetector.cues.forEach { hash, cue in
            merged[hash, default: WordEntry(word: .none, value: 0, inLexicon: false, cue: nil, isAdverb: false)].cue = cue
        }
        TenseDetector.adverbs.forEach { hash, _ in
            merged[hash, default: WordEntry(word: .none, value: 0, inLexicon: false, cue: nil, isAdverb: false)].isAdverb = true
        }
        return HashKeyTable(merged)
    }()

    static let filter: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        fastTable.forEach { hash, _ in
            let bit = Int(truncatingIfNeeded: hash >> 48)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return bits
    }()

    /// Units: the `value` of `.unit` words.
    enum Unit: Int, Sendable {
        case day = 0, week, month, quarter, year, decade, century, hour, minute, fortnight, weekend, season
    }

    static let table: [UInt64: Entry] = {
        var t: [UInt64: Entry] = [:]
        func add(_ words: [String], _ word: TemporalWord, _ value: Int = 0) {
            for w in words { t[hash(w)] = Entry(word: word, value: value) }
        }
        let months = [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"],
                      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"],
                      ["october", "oct"], ["november", "nov"], ["december", "dec"]]
        for (i, names) in months.enumerated() { add(names, .month, i + 1) }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, name) in days.enumerated() { add([name, name + "s"], .weekday, i + 1) }
        add(["spring"], .season, 0); add(["summer"], .season, 1); add(["autumn", "fall"], .season, 2)
        add(["winter"], .season, 3)
        let units: [([String], Unit)] = [
            (["day", "days"], .day), (["week", "weeks"], .week), (["month", "months"], .month),
            (["quarter", "quarters"], .quarter), (["year", "years"], .year), (["decade", "decades"], .decade),
            (["century", "centuries"], .century), (["hour", "hours"], .hour), (["minute", "minutes"], .minute),
            (["fortnight"], .fortnight),
        ]
        for (names, unit) in units { add(names, .unit, unit.rawValue) }
        add(["weekend", "weekends"], .weekend)
        let numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                       "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
                       "twenty"]
        for (i, name) in numbers.enumerated() { add([name], .numberWord, i + 1) }
        add(["thirty"], .numberWord, 30); add(["forty"], .numberWord, 40); add(["fifty"], .numberWord, 50)
        add(["seventy"], .numberWord, 70); add(["eighty"], .numberWord, 80); add(["ninety"], .numberWord, 90)
        add(["thousand"], .numberWord, 1000)
        add(["sixty"], .numberWord, 60); add(["hundred"], .numberWord, 100); add(["dozen"], .numberWord, 12)
        let ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                        "tenth", "eleventh", "twelfth"]
        for (i, name) in ordinals.enumerated() { add([name], .ordinalWord, i + 1) }
        add(["final"], .ordinalWord, 99)
        add(["morning"], .partOfDay, 1); add(["afternoon"], .partOfDay, 2); add(["evening"], .partOfDay, 3)
        add(["night"], .partOfDay, 4); add(["overnight"], .partOfDay, 4)
        add(["mornings"], .partOfDay, 1); add(["afternoons"], .partOfDay, 2); add(["evenings"], .partOfDay, 3)
        add(["nights"], .partOfDay, 4)
        add(["noon", "midday"], .partOfDay, 5); add(["midnight"], .partOfDay, 6)
        add(["daily", "nightly"], .setWord, Unit.day.rawValue); add(["weekly"], .setWord, Unit.week.rawValue)
        add(["hourly"], .setWord, Unit.hour.rawValue)
        add(["monthly"], .setWord, Unit.month.rawValue); add(["quarterly"], .setWord, Unit.quarter.rawValue)
        add(["annually", "yearly", "annual"], .setWord, Unit.year.rawValue)
        add(["et", "gmt", "bst", "utc", "edt", "est", "pst", "pdt", "cet", "cest", "jst"], .timeZone)
        let plain: [(String, TemporalWord)] = [
            ("last", .last), ("next", .next), ("this", .this), ("past", .past), ("coming", .coming),
            ("previous", .previous), ("prior", .previous), ("following", .following), ("same", .same),
            ("earlier", .earlier), ("later", .later), ("early", .early), ("mid", .mid), ("late", .late),
            ("middle", .middle), ("ago", .ago), ("before", .before), ("after", .after), ("end", .end),
            ("start", .start), ("beginning", .beginning), ("that", .that), ("the", .the), ("of", .of),
            ("on", .on), ("in", .in), ("at", .at), ("from", .from), ("to", .to), ("through", .through),
            ("until", .until), ("for", .for), ("till", .until), ("and", .and), ("since", .since), ("between", .between),
            ("each", .each), ("every", .every), ("per", .per), ("a", .a), ("an", .an), ("recent", .recent),
            ("recently", .recently), ("soon", .soon), ("now", .now), ("today", .today),
            ("yesterday", .yesterday), ("tomorrow", .tomorrow), ("tonight", .tonight),
            ("currently", .currently), ("present", .present), ("future", .future), ("current", .current),
            ("upcoming", .upcoming), ("fiscal", .fiscal), ("half", .half), ("than", .than), ("more", .more),
            ("less", .less), ("nearly", .nearly), ("about", .about), ("around", .around), ("almost", .almost),
            ("some", .some), ("over", .over), ("within", .within), ("during", .during), ("by", .by),
            ("am", .am), ("pm", .pm), ("q", .q), ("s", .s), ("th", .th), ("st", .st), ("nd", .nd),
            ("rd", .rd), ("h", .h), ("several", .several), ("few", .few), ("couple", .couple),
            ("many", .many), ("then", .then), ("far", .far), ("once", .once), ("yet", .yet),
            ("former", .former), ("x", .x), ("p", .p), ("m", .m), ("thru", .through), ("roughly", .about), ("approximately", .about),
        ]
        // "The same session stripped him of his post": the day of the occasion just told.
        add(["session", "sitting", "meeting", "hearing", "summit", "gathering"], .occasion)
        // A number after these is a code or label, not a year ("Section 301", "Flight 1549").
        add(["section", "article", "no", "number", "flight", "resolution", "chapter", "rule", "route", "model",
             "room", "page", "paragraph", "item", "title", "version", "highway", "interstate", "cop", "group",
             "type", "class", "phase", "level", "tier", "grade", "unit", "batch", "bill", "hr", "s", "f",
             "j", "b", "su", "mig", "ep", "am", "pm", "su", "boeing", "airbus", "iphone", "windows", "gen"],
            .codeWord)
        // A number before these is a quantity, not a year ("2000 troops", "1500 feet").
        add(["percent", "percentage", "pct", "feet", "foot", "ft", "meters", "metres", "meter", "metre",
             "miles", "mile", "kilometers", "kilometres", "km", "kg", "tons", "tonnes", "ton", "degrees",
             "barrels", "dollars", "yuan", "euros", "yen", "rupees", "pounds", "points", "people", "persons",
             "troops", "soldiers", "workers", "companies", "firms", "jobs", "units", "cars", "vehicles",
             "times", "words", "pages", "members", "employees", "shares", "votes", "seats", "aircraft",
             "planes", "jets", "ships", "vessels", "missiles", "acres", "hectares", "deaths", "cases",
             "residents", "delegates", "students", "patients", "staff", "officers", "items", "products",
             "types", "entities", "individuals", "children", "civilians", "refugees", "migrants", "bn",
             "billion", "million", "trillion", "mw", "gw", "kw", "sq", "square", "calories", "lbs", "hp",
             "rounds", "tanks", "drones", "rockets", "warheads", "sorties", "flights", "visitors", "users",
             "customers", "stores", "plants", "factories", "sites", "homes", "houses", "households"],
            .measureWord)
        add(["levels", "baseline", "baselines", "prices", "dollar", "dollars"], .baselineWord)
        add(["old"], .old)
        add(["latest"], .latest)
        // Holidays with a fixed day (value = month * 100 + day); Thanksgiving is the 4th Thursday of November.
        add(["christmas"], .holiday, 1225); add(["halloween"], .holiday, 1031); add(["thanksgiving"], .holiday, 0)
        add(["eve"], .eve); add(["new"], .new)
        add(["period"], .period); add(["near"], .near); add(["term"], .term); add(["short"], .short)
        add(["long"], .long)
        // "the nineties": value is the decade's first year.
        for (k, name) in ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].enumerated() {
            add([name], .decadeWord, 1920 + 10 * k)
        }
        add(["least"], .least); add(["additional", "further"], .additional)
        add(["him", "her", "them", "it", "me", "us", "you", "his", "hers", "theirs", "he", "she", "they", "we", "its", "their", "our"], .pronoun)
        for (w, c) in plain { t[hash(w)] = Entry(word: c, value: 0) }
        return t
    }()
}
