import ArgumentParser

/// Options every command that reads articles shares.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Article files or folders (recursive); `-` reads standard input. Default: the bundled seeds.",
                                 valueName: "path"),
              completion: .file())
    var paths: [String] = []

    @Option(name: .customLong("max-size"), help: ArgumentHelp("Skip files larger than this many megabytes.", valueName: "MB"))
    var maxSizeMB: Double = 64

    @Option(help: ArgumentHelp("Issue taxonomy file replacing the bundled one.", valueName: "file"),
            completion: .file())
    var taxonomy: String?

    mutating func validate() throws {
        guard maxSizeMB > 0, maxSizeMB.isFinite else {
            throw ValidationError("--max-size must be a positive number of megabytes.")
        }
    }

    var maxFileBytes: Int { Int(min(maxSizeMB, 1_000_000) * 1_048_576) }
}
