import Foundation

/// Finds the bundled `seeds/` corpus from the package or the executable's location, whatever the
/// current directory is.
enum SeedsLocator {
    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "cannot find the bundled seeds folder; looked in: " + searched.joined(separator: ", ")
                + " (set DATELINE_SEEDS or name article paths)"
        }
    }

    static func locate() throws -> String {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DATELINE_SEEDS"], !env.isEmpty {
            candidates.append(URL(fileURLWithPath: env))
        }
        // The binary lives in <package>/.build/<config>/ (or a symlink to it): walk up.
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("seeds"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds"))
        var isDirectory: ObjCBool = false
        for url in candidates where FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue {
            return url.standardizedFileURL.path
        }
        throw NotFound(searched: candidates.map { $0.standardizedFileURL.path })
    }
}
