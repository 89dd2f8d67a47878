/// Settings of one extraction run.
public struct ExtractionOptions: Sendable {
    /// Files larger than this are skipped with a warning (default 64 MB).
    public var maxFileBytes = 64 << 20
    /// Replacement taxonomy text (`--taxonomy FILE`); nil uses the bundled one.
    public var taxonomyText: String?
    /// How errors in `taxonomyText` name it: the file's path.
    public var taxonomyName = "taxonomy"
    /// Process documents on all cores (output is identical either way).
    public var parallel = true

    public init() {}
}

/// How far reading has got, for a progress line.
public struct ExtractionProgress: Sendable {
    public var documentsDone: Int
    public var documentsTotal: Int
}
