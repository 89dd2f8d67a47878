import ArgumentParser
import DatelineModel
import Foundation

struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the chronology in the terminal (the default command).",
        discussion: "Press ? in the browser for every key. When standard output is not a terminal, prints the list instead.")

    @OptionGroup var input: InputOptions

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1 else {
            let (timeline, _) = CorpusLoader.load(input)
            FileHandle.standardOutput.write(Data(ListFormatter(useColor: false).format(timeline.events, issues: timeline.issues).utf8))
            Diagnostics.note("standard output is not a terminal: printed the list instead of opening the browser")
            return
        }
        let (timeline, name) = CorpusLoader.load(input)
        try TerminalBrowser(timeline: timeline, corpusName: name).run()
    }
}
