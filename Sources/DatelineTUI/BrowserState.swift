import DatelineModel

/// How the browser may draw: decided once by the backend from the locale and the terminal.
public struct BrowserOptions: Hashable, Sendable {
    /// C/POSIX locale: draw with ASCII only (no box drawing, typographic quotes or blocks).
    public var ascii: Bool
    /// Colours allowed (false under `NO_COLOR` or on a terminal without colours).
    public var color: Bool

    public init(ascii: Bool = false, color: Bool = true) {
        self.ascii = ascii
        self.color = color
    }
}

/// Everything the browser shows, as a value. (Skeleton: the browser issue fills it in.)
public struct BrowserState: Sendable {
    public var timeline: Timeline
    public var corpusName: String
    public var width: Int
    public var height: Int
    public var options: BrowserOptions
    /// Set when the user quits; the backend then restores the terminal and exits.
    public var isFinished = false

    public init(timeline: Timeline, corpusName: String, width: Int, height: Int, options: BrowserOptions = .init()) {
        self.timeline = timeline
        self.corpusName = corpusName
        self.width = width
        self.height = height
        self.options = options
    }
}

/// The pure update function: the next state after a key. (Skeleton.)
public func reduce(_ state: BrowserState, _ key: Key) -> BrowserState {
    var next = state
    switch key {
    case .character("q"): next.isFinished = true
    case .resize(let width, let height): next.width = width; next.height = height
    default: break
    }
    return next
}

/// Draws the state into a fresh canvas of the state's size. (Skeleton.)
public func render(_ state: BrowserState) -> Canvas {
    Canvas(width: state.width, height: state.height)
}
