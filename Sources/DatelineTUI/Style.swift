/// How a cell is drawn: a foreground colour role and text attributes.
///
/// Colours are roles, not terminal colour numbers: the backend maps them (or drops them under `NO_COLOR`).
public struct Style: Hashable, Sendable {
    public enum Color: UInt8, Sendable, Hashable, CaseIterable {
        case `default`, red, green, yellow, blue, magenta, cyan, white, gray
    }

    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
}
