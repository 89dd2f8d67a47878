import Foundation

/// The folder the synthetic corpus is written to, and the rule that keeps the benchmark from ever
/// deleting a folder it did not write (`--dir ~/articles` must not wipe the articles).
struct CorpusFolder {
    var path: String

    /// Hidden, so extraction skips it; present in every folder the generator wrote.
    static let marker = ".dateline-bench-corpus"

    /// Bytes of the regular files in the folder, nil when it does not exist or is empty.
    func existingBytes() -> Int? {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: path), !names.isEmpty else { return nil }
        return names.filter { !$0.hasPrefix(".") }.reduce(0) {
            $0 + ((try? fm.attributesOfItem(atPath: path + "/" + $1)[.size] as? Int) ?? 0)
        }
    }

    /// Whether the generator wrote this folder: its marker, or (folders from before the marker)
    /// nothing but `a000000.txt`-style files.
    func isGenerated() -> Bool {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: path) else { return false }
        if names.contains(Self.marker) { return true }
        return !names.isEmpty && names.allSatisfy(Self.isGeneratedName)
    }

    static func isGeneratedName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count == 11, bytes.first == UInt8(ascii: "a"), name.hasSuffix(".txt") else { return false }
        return bytes[1..<7].allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    func writeMarker() {
        _ = FileManager.default.createFile(atPath: path + "/" + Self.marker,
                                           contents: Data("written by dateline-bench; safe to delete\n".utf8))
    }
}
