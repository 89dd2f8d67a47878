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

/// Everything the browser shows, as a value. Big tables live in a shared `TimelineCatalog`, so a
/// copy costs O(1) and `reduce` stays cheap at a million events.
public struct BrowserState: Sendable {
    public var timeline: Timeline
    public var corpusName: String
    public var width: Int
    public var height: Int
    public var options: BrowserOptions
    /// Set when the user quits; the backend then restores the terminal and exits.
    public var isFinished = false
    /// Messages about skipped or repaired input (from `timeline.warnings`); `w` lists them.
    public var warnings: [String]

    let catalog: TimelineCatalog
    /// Events passing the filter, grouped, in display order.
    var visible: VisibleList
    /// Bumped whenever `visible` changes, so cached match counts know they are stale.
    var visibleGeneration = 0
    /// Index into `visible.items` of the selected event.
    var cursor = 0
    /// First list row on screen.
    var top = 0
    var filter = Filter()
    public internal(set) var paneOpen = false
    public internal(set) var focus: Focus = .list
    var detail = DetailPosition()
    var overlay: Overlay?
    var prompt: Prompt?
    /// The confirmed search (highlighted; `n`/`N` move between matches).
    var query = ""
    /// One-shot message shown in the status line until the next key.
    var message: String?

    public init(timeline: Timeline, corpusName: String, width: Int, height: Int, options: BrowserOptions = .init()) {
        self.timeline = timeline
        self.corpusName = corpusName
        self.width = width
        self.height = height
        self.options = options
        self.warnings = timeline.warnings
        self.catalog = TimelineCatalog(events: timeline.events, documents: timeline.documents)
        self.visible = catalog.all
    }

    /// Position (into `timeline.events`) of the selected event, nil when nothing is listed.
    public var selectedPosition: Int? {
        visible.isEmpty ? nil : visible.items[min(max(0, cursor), visible.count - 1)]
    }

    /// The selected event, if any.
    public var selectedEvent: Event? { selectedPosition.map { timeline.events[$0] } }

    /// A document by id in O(1) (the timeline's own lookup scans).
    func document(id: String) -> Document? {
        guard let position = catalog.documentPositions[id], position < timeline.documents.count else { return nil }
        return timeline.documents[position]
    }

    /// Which part of the screen has the keyboard.
    public enum Focus: Sendable, Equatable { case list, pane }

    /// Kinds of filter, each with its own picker.
    enum FilterKind: Sendable, Equatable, CaseIterable { case issue, actor, document }

    /// Kept events carry any chosen issue, and any chosen actor, and come from any chosen document.
    struct Filter: Sendable, Equatable {
        var issues: Set<String> = []
        var actors: Set<String> = []
        var documents: Set<String> = []

        var isEmpty: Bool { issues.isEmpty && actors.isEmpty && documents.isEmpty }

        subscript(kind: FilterKind) -> Set<String> {
            get {
                switch kind {
                case .issue: issues
                case .actor: actors
                case .document: documents
                }
            }
            set {
                switch kind {
                case .issue: issues = newValue
                case .actor: actors = newValue
                case .document: documents = newValue
                }
            }
        }
    }

    /// Scroll offset and selected source of the detail pane.
    struct DetailPosition: Sendable, Equatable {
        var scroll = 0
        /// Index into the event's mentions.
        var source = 0
    }

    /// Screens drawn over the list.
    enum Overlay: Sendable {
        case help(scroll: Int)
        case warnings(scroll: Int)
        case picker(PickerState)
        case reader(ReaderState)
    }

    /// One-line prompts in the status line.
    enum Prompt: Sendable, Equatable {
        case search(SearchPrompt)
        case goTo(text: String)
    }

    /// An incremental search being typed: where it started, so Esc can go back.
    struct SearchPrompt: Sendable, Equatable {
        var text = ""
        var originCursor: Int
        var originTop: Int
        var previousQuery: String
        /// Whether `text` matched anything (typing more letters cannot make it match).
        var found = true
    }
}
