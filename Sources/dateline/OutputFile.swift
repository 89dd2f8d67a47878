import Foundation

/// Writes a command's output file.
///
/// A regular file (or a new one) is replaced atomically, so a failed run never leaves half a
/// file. Anything else is written through: an atomic write renames a temporary file over the
/// path, which would replace `/dev/null` or a FIFO with a plain file and a symlink with a copy.
enum OutputFile {
    enum Failure: Error { case cannotOpen(String), cannotWrite(String) }

    static func write(_ bytes: UnsafeRawBufferPointer, to path: String) throws {
        if isRegularFileOrMissing(path) {
            guard let base = bytes.baseAddress else {
                try Data().write(to: URL(fileURLWithPath: path), options: .atomic)
                return
            }
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
            try data.write(to: URL(fileURLWithPath: path), options: .atomic)
            return
        }
        guard let file = fopen(path, "w") else { throw Failure.cannotOpen(String(cString: strerror(errno))) }
        defer { fclose(file) }
        if bytes.count > 0, fwrite(bytes.baseAddress, 1, bytes.count, file) != bytes.count || fflush(file) != 0 {
            throw Failure.cannotWrite(String(cString: strerror(errno)))
        }
    }

    /// Whether `path` names no file, or a regular file itself (not through a symlink).
    static func isRegularFileOrMissing(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT }
        return info.st_mode & S_IFMT == S_IFREG
    }
}

extension OutputFile.Failure: LocalizedError {
    var errorDescription: String? {
        switch self {
        case .cannotOpen(let reason), .cannotWrite(let reason): reason
        }
    }
}
