import Testing
@testable import DatelineExtraction

/// The tense of the verb governing an expression.
@Suite struct TemporalTenseTests {
    static let cases: [(String, String, Tense)] = [
        ("The minister met his counterpart on Friday.", "Friday", .past),
        ("The minister will meet his counterpart on Friday.", "Friday", .future),
        ("The minister'll meet his counterpart on Friday.", "Friday", .future),
        ("The minister is set to meet his counterpart on Friday.", "Friday", .future),
        ("The minister plans to travel on Friday.", "Friday", .future),
        ("A vote is expected on Friday.", "Friday", .future),
        ("The bill is due to be signed on Friday.", "Friday", .future),
        ("They are going to vote on Friday.", "Friday", .future),
        ("The summit will be held on Friday.", "Friday", .future),
        ("On Friday, the committee removed the minister.", "Friday", .past),
        // A fronted date belongs to the main clause, even when its verb is one of saying.
        ("On Monday, Dec. 2, the department added 140 companies to a blacklist.", "Monday, Dec. 2", .past),
        ("On Friday, the ministry said it would respond.", "Friday", .past),
        ("The envoy was in Seoul on Friday.", "Friday", .past),
        ("Officials had warned on Friday of new curbs.", "Friday", .past),
        ("The ministry said on Friday that it would respond.", "Friday", .past),
        ("The ministry says on Friday it will respond.", "Friday", .present),
        ("The forum is on Friday.", "Friday", .present),
        ("Trade talks on Friday.", "Friday", .unknown),
        ("The United Nations on Friday.", "Friday", .unknown),
        ("The talks won't resume on Friday.", "Friday", .future),
        ("The talks began on Friday, and officials will report next week.", "Friday", .past),
        ("Her scheduled tour in June would have profited from the new visa rules.", "June", .past),
        ("Her scheduled tour in June will profit from the new visa rules.", "June", .future),
        ("The army withdrew last month, and citizens elect a new parliament in October.", "October", .future),
        ("Delegates meet again on Thursday in Vienna.", "Thursday", .future),
        ("The bank announced the plan on Monday.", "Monday", .past),
        // "coming" as a verb is no future marker; as an adjective it is.
        ("The stand-off dragged on, coming to a head in June when troops clashed.", "June", .past),
        ("Troops held the pass in the coming weeks of June.", "June", .future),
        ("The bonus will be paid on an unspecified date in June.", "June", .future),
        ("The cabinet agreed to lift the curfew in May.", "May", .future),
        // A participle inside a compound modifier is no verb.
        ("The navy will get three US-built submarines starting in the early 2030s.", "the early 2030s", .future),
        ("Officials said state-owned firms would resume exports in May.", "May", .future),
        // A date before the verb dates the agreeing, not what was agreed.
        ("In May, the cabinet agreed to lift the curfew.", "May", .past),
        ("During the talks in May, both sides pledged to keep talking.", "May", .past),
        ("In May, the cabinet plans to lift the curfew.", "May", .future),
        ("The cabinet agreed on Monday to lift the curfew.", "Monday", .past),
        ("The offer had been due to lapse on Friday.", "Friday", .past),
        ("Rebels marched on Sunday and were planning more protests.", "Sunday", .past),
        ("Their due-diligence team arrived in March.", "March", .past),
        ("The bid had been scheduled to expire on Friday.", "Friday", .past),
        ("The envoy plans to visit Seoul on Friday.", "Friday", .future),
        ("Rebels have to leave the city by Friday.", "Friday", .future),
        ("Parliament votes on the budget on Friday.", "Friday", .future),
        ("The envoy met her counterpart in Oslo on March 3 to seek a lasting truce.", "March 3", .past),
        ("The envoy will meet her counterpart on March 3 to seek a truce.", "March 3", .future),
        ("The ministry unveiled the plan on Friday.", "Friday", .past),
        // A plan participle after its noun leaves the tense to the clause's verb; "for" still looks ahead.
        ("The envoy abruptly cancelled a trip scheduled in early February.", "early February", .past),
        ("The envoy will make a trip scheduled in early February.", "early February", .future),
        ("The envoy cancelled a trip scheduled for early February.", "early February", .future),
        // A capitalised "May" is the month, never the modal.
        ("China in May launched drills around the island.", "May", .past),
        ("BERLIN, May 27 (Wire) - In early June, officials announced new aid.", "early June", .past),
        ("Officials may announce new aid in early June.", "early June", .future),
    ]

    @Test(arguments: cases.indices)
    func detectsTense(_ k: Int) throws {
        let (sentence, expression, tense) = Self.cases[k]
        let bytes = Array(sentence.utf8), needle = Array(expression.utf8)
        let start = try #require((0...(bytes.count - needle.count)).first { Array(bytes[$0..<($0 + needle.count)]) == needle })
        #expect(TemporalTagger.tense(of: sentence, around: start..<(start + needle.count)) == tense, "\(sentence)")
    }
}

extension TemporalTenseTests {
    @Test func prefixesAreNotVerbs() {
        let s = "He seeks re-election in November."
        #expect(TemporalTagger.tense(of: s, around: 24..<32) == .future)
    }
}
