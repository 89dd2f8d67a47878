import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file chosen for reading: a path, or standard input (`-`).
public struct CollectedFile: Hashable, Sendable {
    /// The path as the user gave it or as found under a folder (`folder/sub/name.txt`); `-` for stdin.
    public var path: String
    /// Size from `stat`, nil for standard input.
    public var size: Int?

    public var isStandardInput: Bool { path == "-" }

    public init(path: String, size: Int?) {
        self.path = path
        self.size = size
    }
}

public enum FileCollectorError: Error, Hashable, CustomStringConvertible {
    case missingPath(String)

    public var description: String {
        switch self {
        case .missingPath(let path): return "\(path): no such file or folder"
        }
    }
}

/// Expands command-line paths into the files to read (the only I/O in the reading stages).
///
/// Folders are walked recursively in sorted order, skipping hidden entries and keeping only
/// `.txt .md .json .jsonl` files; a folder reached twice (symbolic link cycles) is entered once.
/// Explicit file paths are taken whatever their extension, in the order given; `-` is stdin.
/// Files over `sizeLimit` are skipped with a warning and never read.
public struct FileCollector: Sendable {
    public static let defaultSizeLimit = 64 * 1024 * 1024
    /// Extensions taken from inside folders (lowercased, no dot).
    public static let folderExtensions: Set<String> = ["txt", "md", "json", "jsonl"]

    public var sizeLimit: Int

    public init(sizeLimit: Int = FileCollector.defaultSizeLimit) {
        self.sizeLimit = sizeLimit
    }

    /// Files in reading order plus warnings. Throws for the first path that does not exist.
    public func collect(_ paths: [String]) throws(FileCollectorError) -> (files: [CollectedFile], warnings: [ReadWarning]) {
        var walk = Walk(sizeLimit: sizeLimit)
        for path in paths {
            if path == "-" {
                walk.files.append(CollectedFile(path: "-", size: nil))
                continue
            }
            guard let info = FileInfo(path: path) else { throw .missingPath(path) }
            if info.isDirectory {
                walk.enter(folder: path, info: info)
            } else {
                walk.add(file: path, info: info)
            }
        }
        return (walk.files, walk.warnings)
    }

    /// The bytes of one file (or all of stdin), at most `sizeLimit`; a warning instead when the file
    /// cannot be read or turns out larger than the limit.
    public func readBytes(of file: CollectedFile) -> Result<[UInt8], ReadWarning> {
        let handle: FileHandle
        if file.isStandardInput {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: file.path) else {
                return .failure(.unreadable(path: file.path, reason: String(cString: strerror(errno))))
            }
            handle = opened
        }
        defer { if !file.isStandardInput { try? handle.close() } }
        do {
            // Reading one byte past the limit tells a too-large stream without holding more.
            let data = try handle.read(upToCount: sizeLimit + 1) ?? Data()
            if data.count > sizeLimit {
                return .failure(.fileTooLarge(path: file.path, size: file.size ?? data.count, limit: sizeLimit))
            }
            return .success([UInt8](data))
        } catch {
            return .failure(.unreadable(path: file.path, reason: "\(error.localizedDescription)"))
        }
    }
}

/// `stat` of a path, following symbolic links.
struct FileInfo {
    var isDirectory: Bool
    var isRegular: Bool
    var size: Int
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        let type = st.st_mode & S_IFMT
        isDirectory = type == S_IFDIR
        isRegular = type == S_IFREG
        size = Int(st.st_size)
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}

/// The state of one `collect` call.
private struct Walk {
    struct NodeID: Hashable { var device: UInt64; var inode: UInt64 }

    let sizeLimit: Int
    var files: [CollectedFile] = []
    var warnings: [ReadWarning] = []
    var visitedFolders: Set<NodeID> = []
    var addedFiles: Set<NodeID> = []

    init(sizeLimit: Int) { self.sizeLimit = sizeLimit }

    mutating func add(file path: String, info: FileInfo) {
        guard info.isRegular else {
            warnings.append(.notARegularFile(path: path))
            return
        }
        // The same file named twice (or reached through a link) is read once.
        guard addedFiles.insert(NodeID(device: info.device, inode: info.inode)).inserted else { return }
        if info.size > sizeLimit {
            warnings.append(.fileTooLarge(path: path, size: info.size, limit: sizeLimit))
            return
        }
        files.append(CollectedFile(path: path, size: info.size))
    }

    mutating func enter(folder path: String, info: FileInfo) {
        guard visitedFolders.insert(NodeID(device: info.device, inode: info.inode)).inserted else {
            warnings.append(.symlinkCycle(path: path))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            warnings.append(.unreadable(path: path, reason: "cannot list folder"))
            return
        }
        // Byte order, so the walk does not depend on locale or file system.
        let sorted = names.filter { !$0.hasPrefix(".") }.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let base = path.hasSuffix("/") ? path : path + "/"
        for name in sorted {
            let child = base + name
            guard let childInfo = FileInfo(path: child) else {
                warnings.append(.notARegularFile(path: child)) // a dangling link
                continue
            }
            if childInfo.isDirectory {
                enter(folder: child, info: childInfo)
            } else if FileCollector.folderExtensions.contains(DocumentReader.fileExtension(of: name).lowercased()) {
                add(file: child, info: childInfo)
            }
        }
    }
}
