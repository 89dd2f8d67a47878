import DatelineModel

/// Paths → article records, with every skipped or repaired input reported as a warning line.
enum InputReading {
    static func read(paths: [String], maxFileBytes: Int) throws -> (records: [ArticleRecord], warnings: [String]) {
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
        var records: [ArticleRecord] = []
        for file in collected.files {
            switch collector.readBytes(of: file) {
            case .failure(let warning):
                warnings.append(warning.message)
            case .success(let bytes):
                let result = reader.read(bytes: bytes, path: file.path)
                records += result.records
                warnings += result.warnings.map(\.message)
            }
        }
        if records.isEmpty { throw InputError.nothingReadable(paths, warnings: warnings) }
        return (records, warnings)
    }
}
