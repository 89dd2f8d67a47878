import ArgumentParser
import DatelineModel
import Foundation

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the timeline in the documented JSON format (docs/timeline-format.md).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var input: InputOptions
    @OptionGroup var filter: EventFilterOptions

    @Option(help: "Output format.")
    var format: Format = .json

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"),
            completion: .file())
    var output: String?

    func run() throws {
        let (full, _) = CorpusLoader.load(input)
        let timeline = Timeline(documents: full.documents, issues: full.issues, events: try filter.apply(to: full))
        // (What JSONEncoder would write, byte for byte, without its boxing: see Timeline.prettyJSON.)
        var bytes = timeline.prettyJSON()
        bytes.append(UInt8(ascii: "\n"))
        // Written from the buffer itself: a `Data` copy of a large export doubled its memory.
        try bytes.withUnsafeBytes { raw in
            if let output {
                do {
                    try OutputFile.write(raw, to: output)
                } catch {
                    Diagnostics.error("cannot write \(output): \(error.localizedDescription)")
                    throw ExitCode(73)
                }
            } else if let base = raw.baseAddress {
                FileHandle.standardOutput.write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base),
                                                     count: raw.count, deallocator: .none))
            }
        }
    }
}
