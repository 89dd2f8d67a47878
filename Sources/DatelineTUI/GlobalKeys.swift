/// Keys that work the same from the list and the detail pane.
enum GlobalKeys {
    static func handle(_ key: Key, _ state: inout BrowserState) {
        switch key {
        case .character("q"):
            if state.paneOpen { DetailView.close(&state) } else { state.isFinished = true }
        case .control("c"): state.isFinished = true
        case .character("?"): state.overlay = .help(scroll: 0)
        case .character("w"):
            if state.warnings.isEmpty { state.message = "no warnings" } else { state.overlay = .warnings(scroll: 0) }
        case .character("f"): state.overlay = .picker(PickerState(kind: .issue, state: state))
        case .character("a"): state.overlay = .picker(PickerState(kind: .actor, state: state))
        case .character("d"): state.overlay = .picker(PickerState(kind: .document, state: state))
        case .character(let c) where ("1"..."9").contains(c):
            guard let digit = c.wholeNumberValue, digit - 1 < state.timeline.issues.count else {
                state.message = "no issue \(c)"
                return
            }
            state.toggle(state.timeline.issues[digit - 1].id, in: .issue)
        case .character("0"):
            if !state.filter.isEmpty { state.apply(filter: .init()) }
        case .character("/"): state.startSearch()
        case .character(":"): state.prompt = .goTo(text: "")
        case .character("n"): state.nextMatch(1)
        case .character("N"): state.nextMatch(-1)
        case .character("o"): ReaderView.open(&state)
        default: break
        }
    }
}
