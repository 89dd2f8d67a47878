import DatelineModel

/// Paths → article records, with every skipped or repaired input reported as a warning line.
enum InputReading {
    /// Maps each file to what it yields, results in file order (the driver may do so in parallel).
    typealias FileMap = ([CollectedFile], @Sendable (CollectedFile) -> ReadResult) -> [ReadResult]

    static func read(paths: [String], maxFileBytes: Int,
                     eachFile: FileMap = { files, read in files.map(read) }) throws -> (records: [ArticleRecord], warnings: [String]) {
        let collector = FileCollector(sizeLimit: maxFileBytes)
        let collected: (files: [CollectedFile], warnings: [ReadWarning])
        do {
            collected = try collector.collect(paths)
        } catch {
            switch error {
            case .missingPath(let path): throw InputError.missingPath(path)
            }
        }
        var warnings = collected.warnings.map(\.message)
        if collected.files.isEmpty {
            if warnings.isEmpty { throw InputError.nothingFound(paths) }
            throw InputError.nothingReadable(paths, warnings: warnings)
        }
        let reader = DocumentReader()
        // (Decoding and normalising a file is independent of the others; its bytes are dropped as
        // soon as its records are made.)
        let results = eachFile(collected.files) { file in
            switch collector.readBytes(of: file) {
            case .failure(let warning): ReadResult(warnings: [warning])
            case .success(let bytes): reader.read(bytes: bytes, path: file.path)
            }
        }
        var records: [ArticleRecord] = []
        records.reserveCapacity(results.reduce(0) { $0 + $1.records.count })
        for result in results {
            records += result.records
            warnings += result.warnings.map(\.message)
        }
        if records.isEmpty { throw InputError.nothingReadable(paths, warnings: warnings) }
        return (records, warnings)
    }
}
