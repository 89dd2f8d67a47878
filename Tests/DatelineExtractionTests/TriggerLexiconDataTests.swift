import Testing
import DatelineModel
@testable import DatelineExtraction

/// The bundled trigger list, read through the whole pipeline: words it lists make the event, not the
/// attribution around them.
@Suite struct TriggerLexiconDataTests {
    @Test("Hostile acts at sea are incidents, not what someone said about them", arguments: [
        ("A June 3 supply mission by the navy was interrupted by coast guard vessels, which officials said used sonar.", "interrupt"),
        ("On June 3, coast guard ships harassed a supply boat near the reef, the ministry said.", "harass"),
        ("On June 3, coast guard ships obstructed a supply boat near the reef, the ministry said.", "obstruct"),
    ])
    func hostileActsAtSea(_ sentence: String, _ verb: String) throws {
        let text = "Reef standoff\n\nPublished June 10, 2024\n\n" + sentence + "\n"
        let timeline = DocumentAnalyzerTests.timeline(text)
        let event = try #require(timeline.events.first { $0.when.earliest == CalendarDate(year: 2024, month: 6, day: 3) })
        #expect(event.kind == "incident")
        #expect(event.title.lowercased().contains(verb), "title: \(event.title)")
    }
}

extension TriggerLexiconDataTests {
    @Test func takingOverAPresidencyIsAnEvent() throws {
        let text = "Presidency passes\n\nPublished June 10, 2024\n\nNorway, which took over the rotating council presidency on June 1, has made fisheries its priority.\n"
        let event = try #require(DocumentAnalyzerTests.timeline(text).events.first)
        #expect(event.when.earliest == CalendarDate(year: 2024, month: 6, day: 1))
        #expect(event.title.contains("takes over"), "title: \(event.title)")
    }
}
