import DatelineModel

// Temporary: replaced by the ncurses backend in Terminal/.
struct TerminalBrowser {
    var timeline: Timeline
    var corpusName: String
    func run() throws {}
}
