/// Why a corpus could not be read at all. Individual bad files are warnings, not errors.
public enum InputError: Error, Equatable, CustomStringConvertible {
    /// A path named on the command line does not exist.
    case missingPath(String)
    /// The paths exist but hold no article files.
    case nothingFound([String])
    /// Article files exist but none could be read; `warnings` say why, one line per file.
    case nothingReadable([String], warnings: [String])
    /// The taxonomy file is malformed.
    case taxonomy(String)
    /// A bundled data file is missing.
    case resources(String)

    public var description: String {
        switch self {
        case .missingPath(let path): return "no such file or directory: \(path)"
        case .nothingFound(let paths): return "no article files (.txt, .md, .json, .jsonl) found in: " + paths.joined(separator: ", ")
        case .nothingReadable(let paths, _): return "none of the input could be read: " + paths.joined(separator: ", ")
        case .taxonomy(let message): return "taxonomy " + message
        case .resources(let message): return message
        }
    }
}
