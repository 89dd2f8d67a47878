import DatelineExtraction
import DatelineModel
import Foundation

// dateline-bench: speed and memory of extraction (files → finished timeline) and of the browser.
// Run in release mode: `swift run -c release dateline-bench [--mb 50] [--dir PATH] [--corpus PATH…] [--skip-browser]`.

struct BenchArguments {
    var megabytes = 50.0
    var directory: String?
    /// Existing articles to time as they are, instead of the synthetic corpus.
    var corpus: [String] = []
    var extraction = true
    var browser = true

    init(_ args: [String]) {
        var i = 0
        while i < args.count {
            switch args[i] {
            case "--mb":
                i += 1
                guard let mb = Double(args[safe: i] ?? ""), mb > 0, mb <= 100_000 else {
                    FileHandle.standardError.write(Data("dateline-bench: --mb needs a size in megabytes, above 0 and at most 100000\n".utf8))
                    exit(64)
                }
                megabytes = mb
            case "--dir": i += 1; directory = args[safe: i]
            case "--corpus":
                while let path = args[safe: i + 1], !path.hasPrefix("--") { corpus.append(path); i += 1 }
            case "--skip-browser": browser = false
            case "--skip-extraction": extraction = false
            case "-h", "--help":
                print("""
                    usage: dateline-bench [--mb N] [--dir PATH] [--corpus PATH…] [--skip-browser] [--skip-extraction]
                      --mb N           size of the synthetic corpus (default 50)
                      --dir PATH       where the synthetic corpus is written (default $TMPDIR)
                      --corpus PATH…   time these articles as they are instead of the synthetic corpus
                    """)
                exit(0)
            default:
                FileHandle.standardError.write(Data("dateline-bench: unknown argument \(args[i])\n".utf8))
                exit(64)
            }
            i += 1
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}

let arguments = BenchArguments(Array(CommandLine.arguments.dropFirst()))
#if DEBUG
print("warning: debug build; figures are meaningless. Use `swift run -c release dateline-bench`.")
#endif
// Start-up first: a process that has just extracted 50 MB has a warm, fragmented heap and a busy
// thread pool, which is not what a user opening the seeds gets.
if arguments.browser {
    print(StartupBenchmark.run())
}
if arguments.extraction {
    if arguments.corpus.isEmpty {
        ExtractionBenchmark(megabytes: arguments.megabytes, directory: arguments.directory).run()
    } else {
        CorpusBenchmark(paths: arguments.corpus).run()
    }
}
if arguments.browser {
    print(runBrowserBenchmark(sizes: [1_000, 100_000, 1_000_000]))
}
print(String(format: "peak memory (max RSS): %.1f MB", Double(PeakMemory.kilobytes()) / 1024))
