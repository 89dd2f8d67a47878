import Testing
import DatelineModel
@testable import DatelineExtraction

/// The events stage on invented sentences, with the real tagger and trigger lexicon.
@Suite struct EventExtractorTests {
    static let lexicons = try! AnalysisLexicons.load()
    static let publication = PublicationDate(exactly: CalendarDate(iso: "2024-03-15")!, basis: "metadata") // a Friday

    static func slots(_ texts: [String]) -> (slots: [EventSlot], sentences: [Sentence]) {
        var offset = 0
        let sentences = texts.enumerated().map { i, text in
            defer { offset += text.utf8.count + 1 }
            return Sentence(text: text, range: offset..<(offset + text.utf8.count), paragraph: i)
        }
        let timexes = TemporalTagger().tag(sentences: sentences, publication: publication)
        let detector = lexicons.semantic.triggerDetector
        let triggers = sentences.map { detector.detect(in: $0.text) }
        return (EventExtractor(aspect: lexicons.aspect).slots(sentences: sentences, timexes: timexes, triggers: triggers), sentences)
    }

    static func text(_ sentence: Sentence, _ range: Range<Int>) -> String { sentence.text.utf8Slice(range) }

    @Test("A wire dateline's date dates the report, not an event; the story's own date does",
          arguments: [
              ("NAIROBI, March 14 (Wire) - Envoys signed a truce on Thursday.", ["Mar 14, 2024"]),
              ("NEW DELHI, March 14 \u{2014} Envoys signed a truce on Thursday.", ["Mar 14, 2024"]),
              ("On March 12, envoys signed a truce, officials said.", ["Mar 12, 2024"]),
              ("Talks, March 12 - the envoys signed a truce.", ["Mar 12, 2024"]),
              ("ACCRA, Ghana, March 14, 2024 /Newswire/ -- Envoys signed a truce on Thursday.", ["Mar 14, 2024"]),
              ("Accra, Ghana, March 12 - envoys signed a truce.", ["Mar 12, 2024"]),
          ])
    func datelineDateIsNotAnEvent(_ text: String, _ labels: [String]) {
        let (slots, _) = Self.slots([text])
        #expect(slots.map(\.span.label) == labels)
        if text.hasPrefix("NAIROBI") || text.hasPrefix("NEW DELHI") || text.hasPrefix("ACCRA") { #expect(slots.first?.timex?.text == "Thursday") }
    }

    @Test("With no publication date, 'on Monday' still makes an event: undated, with its words kept")
    func anUnplacedDateKeepsItsEventUndated() throws {
        let sentence = Sentence(text: "The council adopted the resolution on Monday, diplomats said.", range: 0..<61, paragraph: 0)
        let timexes = TemporalTagger().tag(sentences: [sentence], publication: nil)
        let triggers = [Self.lexicons.semantic.triggerDetector.detect(in: sentence.text)]
        let slots = EventExtractor(aspect: Self.lexicons.aspect).slots(sentences: [sentence], timexes: timexes, triggers: triggers)
        let slot = try #require(slots.first)
        #expect(slots.count == 1)
        #expect(!slot.span.isDated)
        #expect(slot.timex?.text == "Monday")
        #expect(slot.trigger != nil)
    }

    @Test("In a list, a date belongs to the item before it, not to the next item's trigger")
    func aListedDateTakesTheTriggerBeforeIt() throws {
        let (slots, sentences) = Self.slots(["Steps included the meeting between Foreign Minister Lena Ortiz and her counterpart Amir Haddad in Hanoi in January, the talks in February, and a summit in April."])
        #expect(slots.map(\.span.label) == ["Jan 2024", "Feb 2024", "Apr 2024"])
        let words = slots.compactMap { $0.trigger.map { Self.text(sentences[0], $0.range) } }
        #expect(words == ["meeting", "talks", "summit"])
    }

    @Test("Dates joined by a bare 'and' share their trigger, and the second one's stretch reaches back to it")
    func coordinatedDatesShareTheirTrigger() {
        let (slots, sentences) = Self.slots([
            "Past steps include the talks of the trade panels in January and February, the visit of the envoy to Lima in early March."])
        let trigger = slots.first { $0.timex?.text == "February" }?.trigger
        #expect(trigger?.text == "talks")
        let february = slots.first { $0.timex?.text == "February" }
        #expect(february.map { Self.text(sentences[0], $0.segment).contains("talks") } == true)
        #expect(slots.first { $0.timex?.text == "early March" }?.trigger?.text == "visit")
    }

    @Test func eachDateInASentenceIsItsOwnEvent() {
        let (slots, sentences) = Self.slots(["The envoys met in Hanoi in January and again in Lima in February."])
        #expect(slots.count == 2)
        #expect(slots.map(\.span.label) == ["Jan 2024", "Feb 2024"])
        #expect(Self.text(sentences[0], slots[0].segment).contains("Hanoi"))
        #expect(!Self.text(sentences[0], slots[1].segment).contains("Hanoi"))
        #expect(Self.text(sentences[0], slots[1].segment).contains("Lima"))
    }

    @Test func aCoarseDateRestatedByAFineOneIsOneEvent() {
        let (slots, _) = Self.slots(["The ministers announced the accord last month, on Feb. 13, in Oslo."])
        #expect(slots.count == 1)
        #expect(slots.first?.span.earliest?.iso == "2024-02-13")
        #expect(slots.first?.span.latest?.iso == "2024-02-13")
        #expect(slots.first?.trigger != nil)
    }

    @Test(arguments: [
        ("At last year's forum in Oslo on Oct. 9-10, envoys pledged aid.", ["Oct 9–10, 2023"]),
        ("Last year’s talks in Geneva on May 4 ended without a deal.", ["May 4, 2023"]),
        // Not possessive: the year dates its own clause.
        ("Exports fell last year after the ban in October.", ["2023", "Oct 2023"]),
    ])
    func aPossessiveDateNamesTheOccasionTheFinerDatePlaces(_ text: String, _ labels: [String]) {
        let (slots, _) = Self.slots([text])
        #expect(slots.map(\.span.label) == labels)
    }

    @Test func firingAMissileIsTheEventNotTheVoteAhead() {
        let (slots, sentences) = Self.slots(["The militia fired a long-range rocket into the sea early on Tuesday, the army said, two days before the council is due to vote on new measures."])
        let first = slots.first { $0.span.label == "Mar 12, 2024" }
        #expect(first.flatMap { $0.trigger.map { Self.text(sentences[0], $0.range) } } == "fired")
    }

    @Test func aScheduledMeetingOutranksTheOutcomeHopedForBesideIt() {
        let (slots, sentences) = Self.slots(["Finance chiefs will meet in the historic southern port city of Lisbon from Thursday to Saturday and are expected to approve a loan."])
        #expect(slots.first.flatMap { $0.trigger.map { Self.text(sentences[0], $0.range) } } == "meet")
    }

    @Test func aPossessiveDateBelongsToTheNounItOwns() {
        let (slots, sentences) = Self.slots(["Ankara condemned Friday's strikes as reckless."])
        #expect(slots.count == 1)
        #expect(slots.first.flatMap { $0.trigger.map { Self.text(sentences[0], $0.range) } } == "strikes")
    }

    @Test(arguments: [
        ("The coalition governed the country from 2005 to 2020 under two presidents.", ["2005–2020"], "2005 to 2020"),
        ("Inspectors were barred between 2019 and 2021 at the plant.", ["2019–2021"], "2019 and 2021"),
        ("Inspectors were barred between March and June 2023 at the plant.", ["Mar–Jun 2023"], "March and June 2023"),
        ("The envoys will meet either March 2023 or June 2023 in Oslo.", ["Mar–Jun 2023"], "March 2023 or June 2023"),
        ("The summit is planned for May 2023 or early June 2023 in Oslo.", ["May 1 – Jun 10, 2023"], "May 2023 or early June 2023"),
        // Two dates that are not a range stay two events.
        ("Talks opened in 2019 and resumed in 2021.", ["2019", "2021"], "2021"),
    ])
    func fromToDatesAreOneSpan(_ text: String, _ labels: [String], _ lastTimex: String) {
        let (slots, _) = Self.slots([text])
        #expect(slots.map(\.span.label) == labels)
        #expect(slots.last?.timex?.text.hasSuffix(lastTimex) == true)
    }

    @Test func aCoordinatedClauseWithItsOwnTriggerSharesTheDate() {
        let (slots, _) = Self.slots(["At the start of the month, prosecutors charged three shipping firms, and the finance ministry imposed sanctions on their owners."])
        #expect(slots.count == 2)
        #expect(Set(slots.map(\.span)).count == 1)
        let second = try? #require(slots.last?.trigger)
        #expect(second?.text == "imposed", "the second event is named by its own clause's verb")
    }

    @Test func aClauseContinuingTheSameActorIsNotASecondEvent() {
        let (slots, _) = Self.slots(["The ministry imposed new tariffs in May, and then raised them again."])
        #expect(slots.count == 1)
    }

    @Test func aDurationEndingOnADayCountsBack() {
        let (slots, _) = Self.slots(["A three-day summit of regional leaders wrapped up in Jakarta on Sunday."])
        let span = try? #require(slots.first?.span)
        #expect(span?.earliest?.iso == "2024-03-08")
        #expect(span?.latest?.iso == "2024-03-10")
        #expect(span?.granularity == .day)
    }

    @Test("A duration that measures a pause or the time since something is no length of the event",
          arguments: ["Rebels launched a drone attack on the capital on Sunday after a 12-day break.",
                      "Rebels launched a drone attack on the capital on Sunday, the first such attack in 12 days."])
    func aPauseIsNoLength(_ sentence: String) throws {
        let (slots, _) = Self.slots([sentence])
        let span = try #require(slots.first { $0.timex?.text == "Sunday" }?.span)
        #expect(span.earliest == span.latest, "\(span)")
    }

    @Test func anAsideDoesNotStealTheMainVerb() {
        let (slots, _) = Self.slots(["The general, under sanctions since 2019, was dismissed in January."])
        #expect(slots.count == 2)
        let byYear = Dictionary(uniqueKeysWithValues: slots.map { ($0.span.earliest?.year ?? 0, $0.trigger?.triggerClass ?? "-") })
        #expect(byYear[2019] == "sanction")
        #expect(byYear[2024] != "sanction")
    }

    @Test func decoysAndDurationsDateNothing() {
        let (slots, _) = Self.slots(["The ministry said 140 companies paid $200 billion, 7.5 percent above 2017 levels, over an 18-month period."])
        #expect(slots.allSatisfy { !$0.span.isDated })
    }

    @Test func aStrongUndatedEventIsKeptAsContext() {
        let (slots, _) = Self.slots(["The navy seized a fishing vessel near the atoll."])
        #expect(slots.count <= 1)
        #expect(slots.allSatisfy { !$0.span.isDated && $0.timex == nil })
    }

    @Test func chainedAnchorsFollowThePreviousDate() {
        let (slots, _) = Self.slots(["The foreign ministers met in Geneva on March 4.", "The following day, both governments announced new talks."])
        #expect(slots.map(\.span.earliest?.iso) == ["2024-03-04", "2024-03-05"])
    }
}

/// Which trigger a date places when a sentence holds several.
@Suite struct EventExtractorGoverningTests {
    typealias T = EventExtractorTests

    static func governing(_ sentence: String) -> [String] {
        let (slots, sentences) = T.slots([sentence])
        return slots.compactMap { $0.trigger.map { T.text(sentences[0], $0.range) } }
    }

    @Test func whatDidNotHappenIsNotWhatTheDatePlaces() {
        let trigger = Self.governing("The envoy wrapped up a four-day visit to Hanoi on Wednesday without announcing new commitments.").first
        #expect(trigger == "visit" || trigger == "wrapped up", "got \(trigger ?? "none")")
    }

    @Test func aDateOpeningTheSentencePlacesTheMainClauseNotTheOpener() {
        #expect(Self.governing("Oct 11: After two days of high-level talks, the president announces a partial trade deal.").first == "announces")
        #expect(Self.governing("• Jan 22: Following weeks of protests, the council votes to dissolve itself.").first == "votes")
    }

    @Test("A date in a relative clause places the clause's own event, never the trigger outside it", arguments: [
        // (sentence, the date, what it places: a trigger's words, or the clause it tells for none)
        ("The president followed a speech by Governor Jane Roe, who is backing the senator in 2028, at the dinner.",
         "2028", "Governor Jane Roe, who is backing the senator in 2028"),
        ("Minister Lee Min, who has not been seen in public since March 2, missed the talks.",
         "March 2", "Minister Lee Min, who has not been seen in public since March 2"),
        ("The minister, who was sanctioned by Washington in 2018, resigned on Tuesday.", "2018", "sanctioned"),
        ("The summit in Lisbon, Portugal, which opened on March 4, ended without a deal.", "March 4", "summit"),
        // An appositive likewise, back to the noun phrase it renames.
        ("The navy resupplied the Santa Rosa, a rusting ship that was grounded on the reef in 1999, on Sunday.",
         "1999", "Santa Rosa, a rusting ship that was grounded on the reef in 1999"),
        ("The ministry lifted its listing of the bank as a sanctions evader, a label it had applied in August.",
         "August", "sanctions evader, a label it had applied in August."),
        // A leading phrase keeps its date for its own trigger; without one the date places the main clause.
        ("During his visit to Hanoi in May, the minister warned of new tariffs.", "May", "visit"),
        ("After the final round on Friday, the envoy told reporters the gap had narrowed.", "Friday", "told"),
        // A date opening the sentence, even after "On", places the main clause past a long opener.
        ("On March 12, after the water cannon assault near the shoal, the government lodged its strongest protest.",
         "March 12", "protest"),
    ])
    func relativeClauses(_ sentence: String, _ date: String, _ placed: String) throws {
        let (slots, sentences) = T.slots([sentence])
        let slot = try #require(slots.first { $0.timex?.text == date })
        let words = T.text(sentences[0], slot.trigger?.range ?? slot.segment)
        #expect(words == placed)
    }

    @Test("A verb that only begins something leaves the naming to its event-noun object", arguments: [
        ("The army launched three days of exercises around the island on Saturday.", "exercises"),
        ("Prosecutors opened an investigation into the firm on Tuesday.", "investigation"),
        ("The air force launched missiles at the base on Tuesday.", "launched"),
        ("The navy fired flares near the convoy on Tuesday.", "fired"),
    ])
    func supportVerbs(_ sentence: String, _ trigger: String) {
        #expect(Self.governing(sentence).first == trigger)
    }
}
