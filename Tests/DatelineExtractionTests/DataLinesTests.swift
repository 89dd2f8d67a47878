import Foundation
import Testing
@testable import DatelineExtraction

@Suite struct DataLinesTests {
    @Test func skipsCommentsAndBlankLinesAndKeepsLineNumbers() {
        let text = "# header\n\nvisit\t meet \tmeeting \n  # indented comment\n\t \nban\t\tembargo"
        let lines = DataLines(text: text).lines()
        #expect(lines.map(\.number) == [3, 6])
        #expect(lines.map(\.fields) == [["visit", "meet", "meeting"], ["ban", "", "embargo"]])
    }

    @Test func windowsLineEndingsReadTheSameAsUnix() {
        let unix = "# c\nvisit\tmeet\ncall\tphone, ring\n"
        let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
        let a = DataLines(text: unix).lines(), b = DataLines(text: windows).lines()
        #expect(a.map(\.number) == b.map(\.number))
        #expect(a.map(\.fields) == b.map(\.fields))
        #expect(b.map(\.fields) == [["visit", "meet"], ["call", "phone, ring"]])
    }

    @Test(arguments: [
        ("a, b ,c", ["a", "b", "c"]),
        (" , ,", []),
        ("Xi Jinping,\tWang Yi , ", ["Xi Jinping", "Wang Yi"]),
        ("北京, Київ", ["北京", "Київ"]),
        ("", []),
    ] as [(String, [String])])
    func listItemsAreTrimmedWithEmptiesDropped(field: String, items: [String]) {
        #expect(DataLines.list(field) == items)
    }

    @Test func aTaxonomyWithWindowsLineEndingsLoads() throws {
        let text = try BundledResources.text(named: "taxonomy.tsv").replacingOccurrences(of: "\n", with: "\r\n")
        let bundled = try AnalysisLexicons.load(taxonomyText: nil)
        let crlf = try AnalysisLexicons.load(taxonomyText: text)
        #expect(crlf.issues.map(\.id) == bundled.issues.map(\.id))
        #expect(!crlf.issues.isEmpty)
    }
}
