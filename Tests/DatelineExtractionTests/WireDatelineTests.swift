import Testing
@testable import DatelineExtraction

/// Wire datelines are found in the forms agencies write them, and nowhere else.
@Suite struct WireDatelineTests {
    /// (sentence, the place-and-date head, the text the story opens with) or nil.
    static let cases: [(String, String?, String?)] = [
        ("BEIJING, June 19 (Reuters) - Ministers met on Monday.", "BEIJING, June 19", "Ministers met on Monday."),
        ("Paris, Aug 24, 2022 (AFP) - The region erupted in violence.", "Paris, Aug 24, 2022", "The region erupted in violence."),
        ("MANILA/SHANGHAI (Reuters) - China's coastguard said it acted.", "MANILA/SHANGHAI", "China's coastguard said it acted."),
        ("ISLAMABAD, July 9 (APP): Envoys met on Saturday.", "ISLAMABAD, July 9", "Envoys met on Saturday."),
        ("ISLAMABAD, July 9 (APP):Envoys met on Saturday.", "ISLAMABAD, July 9", "Envoys met on Saturday."),
        ("WASHINGTON, DC (Associated Press) — Talks resumed.", "WASHINGTON, DC", "Talks resumed."),
        ("VIENNA, Austria, March 4 -- Inspectors left.", "VIENNA, Austria, March 4", "Inspectors left."),
        ("BEIJING — U.S. envoy Lena Ortiz wrapped up a visit.", "BEIJING", "U.S. envoy Lena Ortiz wrapped up a visit."),
        // A dated agency credit in brackets, a colon after a space, the story at once.
        ("Kyiv, Ukraine, (Example Point / Example News - 15th May, 2023 ) :An envoy will arrive on Tuesday.", "Kyiv, Ukraine,", "An envoy will arrive on Tuesday."),
        // Not datelines: a title-case name without an agency, prose, a hyphenated word.
        ("Smith, June 19 - the envoy met officials.", nil, nil),
        ("The ministers met - briefly - on Monday.", nil, nil),
        ("Biden-era rules took effect in May.", nil, nil),
        ("", nil, nil),
    ]

    @Test(arguments: cases)
    func findsDatelines(_ c: (String, String?, String?)) {
        let bytes = Array(c.0.utf8)
        let found = WireDateline.opening(bytes)
        #expect(found.map { String(decoding: bytes[$0.head], as: UTF8.self) } == c.1)
        #expect(found.map { String(decoding: bytes[$0.end...], as: UTF8.self) } == c.2)
    }

    /// The event stage ignores a date inside the dateline, and only there.
    @Test func eventsIgnoreTheDatelineDate() {
        let bytes = Array("Paris, Aug 24, 2022 (AFP) - Ministers met on Aug 22.".utf8)
        #expect(EventExtractor.isInDateline(7..<19, bytes))
        #expect(!EventExtractor.isInDateline(44..<50, bytes))
        let credited = Array("Kyiv, Ukraine, (Example News - 15th May, 2023 ) :An envoy arrived on May 14.".utf8)
        #expect(EventExtractor.isInDateline(31..<45, credited))
        #expect(!EventExtractor.isInDateline(69..<75, credited))
    }
}
