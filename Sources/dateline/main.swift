import DatelineModel
import DatelineExtraction

// Temporary entry point for the temporal worktree; the lead rewrites this file at merge.
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "tag" { arguments.removeFirst() }
Tag.main(arguments)
