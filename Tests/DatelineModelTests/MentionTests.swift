import Foundation
import Testing
@testable import DatelineModel

@Suite struct MentionTests {
    @Test("An undated mention writes every key, with explicit nulls, and reads back the same")
    func undatedMentionWritesNulls() throws {
        let mention = Mention(document: "wire", sentence: "Envoys met on Monday.", offset: 10, length: 21, timex: "Monday",
                              timexOffset: 24, timexLength: 6, when: nil)
        let data = try JSONEncoder().encode(mention)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["document", "sentence", "offset", "length", "timex", "timex_offset", "timex_length", "when"])
        #expect(object["when"] is NSNull)
        #expect(try JSONDecoder().decode(Mention.self, from: data) == mention)
    }

    @Test("A mention without a date expression has null timex fields")
    func contextMentionHasNullTimex() throws {
        let mention = Mention(document: "d", sentence: "Talks went on.", offset: 0, length: 14)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(mention)) as? [String: Any])
        for key in ["timex", "timex_offset", "timex_length", "when"] { #expect(object[key] is NSNull, "\(key)") }
    }
}
