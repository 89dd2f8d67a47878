import ArgumentParser

@main
struct Dateline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Turn English news articles into a dated, sourced chronology.",
        discussion: """
            With no subcommand, opens the timeline browser on PATH… (or the bundled seeds); when standard \
            output is not a terminal it prints the `list` output instead.
            Exit status: 0 ok, 64 usage error, 65 no input could be read, 66 a path does not exist.
            """,
        version: DatelineVersion.current,
        subcommands: [Browse.self, List.self, Export.self, Issues.self, Tag.self],
        defaultSubcommand: Browse.self
    )
}

enum DatelineVersion {
    static let current = "0.1.0"
}
