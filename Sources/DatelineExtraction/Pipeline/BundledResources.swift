import Foundation

/// Finds the data files shipped in `Resources/` without `Bundle.module`, which traps on Linux when
/// the bundle is not beside the binary (a copied or installed executable).
public enum BundledResources {
    public struct NotFound: Error, CustomStringConvertible {
        public var name: String
        public var searched: [String]
        public var description: String {
            "resource \(name) not found; looked in: " + searched.joined(separator: ", ")
        }
    }

    /// Folders that may hold the resources, most specific first.
    public static func candidateDirectories() -> [URL] {
        var dirs: [URL] = []
        if let env = ProcessInfo.processInfo.environment["DATELINE_RESOURCES"], !env.isEmpty {
            dirs.append(URL(fileURLWithPath: env))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        let binDir = executable.deletingLastPathComponent()
        for bundle in ["Dateline_DatelineExtraction.resources", "dateline_DatelineExtraction.resources"] {
            dirs.append(binDir.appendingPathComponent(bundle).appendingPathComponent("Resources"))
        }
        // The source tree, for `swift run`, tests, and binaries left in .build.
        dirs.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources"))
        return dirs
    }

    /// The text of a bundled resource file, e.g. `text(named: "taxonomy.tsv")`.
    public static func text(named name: String) throws -> String {
        let dirs = candidateDirectories()
        for dir in dirs {
            let url = dir.appendingPathComponent(name)
            if let data = FileManager.default.contents(atPath: url.path) {
                return String(decoding: data, as: UTF8.self)
            }
        }
        throw NotFound(name: name, searched: dirs.map(\.path))
    }
}
