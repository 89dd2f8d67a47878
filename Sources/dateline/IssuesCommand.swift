import ArgumentParser
import DatelineModel
import Foundation

struct Issues: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the issue taxonomy with the number of events carrying each issue.")

    @OptionGroup var input: InputOptions

    func run() throws {
        let (timeline, _) = CorpusLoader.load(input)
        let idWidth = timeline.issues.map(\.id.count).max() ?? 0
        let labelWidth = timeline.issues.map(\.label.count).max() ?? 0
        var out = ""
        for issue in timeline.issues {
            let count = timeline.index.byIssue[issue.id]?.count ?? 0
            out += "\(issue.id.padding(toLength: idWidth))  \(issue.label.padding(toLength: labelWidth))  \(count)\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
