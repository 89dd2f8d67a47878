// TEMPORARY (terminal branch): a harness to try the terminal backend by hand. The lead replaces
// this file at merge; the real code lives in Terminal/.
import DatelineExtraction
import DatelineModel
import DatelineTUI
import Foundation

func fixtureTimeline() -> Timeline {
    let document = Document(id: "d1", path: "fixture.txt", title: "Fixture article", text: "")
    var events: [Event] = []
    for index in 0..<40 {
        let date = CalendarDate(year: 2024, month: 1 + index % 12, day: 1 + index % 28)
        events.append(Event(id: "e\(index)", when: date.map(TimeSpan.day) ?? .undated,
                            title: "Fixture event \(index) 東京 café",
                            summary: "Summary \(index)", issues: index % 2 == 0 ? ["trade"] : ["security"]))
    }
    return Timeline(documents: [document],
                    issues: [IssueLabel(id: "trade", label: "Trade"), IssueLabel(id: "security", label: "Security")],
                    events: events)
}

/// Paints a canvas exercising the backend (colours, attributes, wide characters, cursor) and
/// shows the last decoded keys; q quits.
func paintDemo() throws {
    let screen = try CursesScreen.open()
    defer { screen.close() }
    var keys: [String] = []
    var typed = ""
    while true {
        let size = screen.size
        var canvas = Canvas(width: size.width, height: size.height)
        func put(_ text: String, _ row: Int, _ style: Style = .plain) {
            var column = 0
            for character in text where row < size.height {
                let wide = character.unicodeScalars.first.map { $0.value >= 0x1100 && $0.value < 0xFFFF && ($0.value >= 0x2E80) } ?? false
                let width = wide ? 2 : 1
                guard column + width <= size.width else { break }
                canvas[row, column] = Cell(character: character, width: UInt8(width), style: style)
                if wide { canvas[row, column + 1] = .continuation }
                column += width
            }
        }
        put("Demo 40 events  size \(size.width)x\(size.height)  ascii=\(screen.options.ascii) color=\(screen.options.color)", 0, Style(bold: true, reverse: true))
        for (index, color) in Style.Color.allCases.enumerated() {
            put("colour \(color) bold dim 東京タワー café e\u{301} ok", 2 + index, Style(foreground: color, bold: index % 2 == 0, dim: index == 3))
        }
        put("underline", 12, Style(underline: true))
        put("evil: a\u{1B}[31mb\u{7}c\u{202E}d", 13)
        put("keys: " + keys.suffix(8).joined(separator: " "), 15)
        put("> " + typed, 17)
        canvas.cursor = (17, 2 + typed.count)
        screen.paint(canvas)
        let key = try screen.readKey()
        if key == .character("q") { return }
        if case .character(let c) = key { typed.append(c) }
        if key == .backspace { _ = typed.popLast() }
        if case .resize = key { screen.invalidate() }
        keys.append("\(key)")
    }
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    if arguments.first == "--paint-demo" {
        try paintDemo()
    } else if arguments.first == "--loading-demo" {
        try TerminalBrowser.run(corpusName: "demo") { progress in
            for step in 0...20 {
                progress("Reading article \(step) of 20", Double(step) / 20)
                usleep(150_000)
            }
            return fixtureTimeline()
        }
    } else if arguments.first == "-" {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let timeline = (try? JSONDecoder().decode(Timeline.self, from: data)) ?? fixtureTimeline()
        try TerminalBrowser(timeline: timeline, corpusName: "stdin (\(data.count) bytes)").run()
    } else {
        try TerminalBrowser(timeline: fixtureTimeline(), corpusName: "fixture").run()
    }
} catch {
    FileHandle.standardError.write(Data("dateline: \(error)\n".utf8))
    exit(1)
}
