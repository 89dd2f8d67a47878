import DatelineTUI

/// A plain loading screen: the message and a progress bar, centred.
///
/// Stand-in until DatelineTUI's `renderLoading(message:fraction:width:height:options:)` lands;
/// then `TerminalBrowser.run(corpusName:loading:)` should call that instead and this file goes.
enum LoadingCanvas {
    /// Cost: O(width × height) to allocate the canvas.
    static func render(message: String, fraction: Double?, width: Int, height: Int,
                       options: BrowserOptions) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        guard width > 0, height > 0 else { return canvas }
        let middle = height / 2
        write(message, into: &canvas, row: max(0, middle - 1), style: .plain)
        if let fraction, height > 1 {
            let barWidth = max(0, min(40, width - 10))
            let filled = Int((min(max(fraction, 0), 1) * Double(barWidth)).rounded(.down))
            let full: Character = options.ascii ? "#" : "█"
            let empty: Character = options.ascii ? "-" : "░"
            let percent = Int((min(max(fraction, 0), 1) * 100).rounded(.down))
            let bar = String(repeating: full, count: filled) + String(repeating: empty, count: barWidth - filled)
                + " \(percent)%"
            write(bar, into: &canvas, row: min(height - 1, middle + 1),
                  style: Style(foreground: options.color ? .cyan : .default))
        }
        return canvas
    }

    /// Centres `text` on `row`, one cell per character (the messages are our own ASCII text),
    /// cut at the canvas edge.
    private static func write(_ text: String, into canvas: inout Canvas, row: Int, style: Style) {
        let characters = Array(text.prefix(canvas.width))
        let start = (canvas.width - characters.count) / 2
        for (offset, character) in characters.enumerated() {
            canvas[row, start + offset] = Cell(character: character, width: 1, style: style)
        }
    }
}
