import ArgumentParser
import DatelineExtraction
import Foundation

/// The one place that turns any failure into a message on stderr and an exit status.
enum DatelineFailure {
    static let usage: Int32 = 64
    static let dataError: Int32 = 65
    static let noInput: Int32 = 66

    static func exitCode(for error: Error) -> (message: String, code: Int32) {
        switch error {
        case let error as InputError:
            switch error {
            case .missingPath: return (error.description, noInput)
            case .nothingFound: return (error.description, noInput)
            case .nothingReadable: return (error.description, dataError)
            case .taxonomy: return (error.description, dataError)
            case .resources: return (error.description, noInput)
            }
        case let error as SeedsLocator.NotFound:
            return (error.description, noInput)
        case let error as TerminalError:
            return (error.description, 1)
        default:
            return ("\(error)", 1)
        }
    }

    /// Prints the message and exits; used by every command.
    static func exit(with error: Error) -> Never {
        if case InputError.nothingReadable(_, let warnings)? = error as? InputError {
            for warning in warnings { Diagnostics.warning(warning) }
        }
        let (message, code) = exitCode(for: error)
        Diagnostics.error(message)
        Foundation.exit(code)
    }
}

/// Messages for the user on standard error.
enum Diagnostics {
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("dateline: warning: " + message + "\n").utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("dateline: error: " + message + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data(("dateline: " + message + "\n").utf8))
    }
}
