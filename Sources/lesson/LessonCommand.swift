import ArgumentParser
import Foundation
import LessonRunner

/// `lesson`: the command-line tool. Each subcommand is one file; adding one is a new file and a line in
/// `subcommands`.
@main
struct LessonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lesson",
        abstract: "Run, check and update Markdown lessons whose Swift cells use a PyTorch-shaped tensor library.",
        discussion: """
            A lesson is a Markdown file of notes. Its ```swift fenced blocks are cells: they run top to bottom as \
            one program, like a notebook, and each cell's output is kept in the ```output block that follows it.

            The usual loop: `lesson run` while writing, `lesson update` to record the outputs once they are \
            right (and after any intended change), `lesson check` in CI to make sure they still come out the same, \
            `lesson render` to turn the lessons into HTML notes.

            Exit status: 0 when all is well; 1 when a cell failed (or, for `check`, an output differs); 2 for bad \
            usage, a file that cannot be read (missing, not UTF-8, an unclosed fence, a bad front matter value) or \
            written. Results go to stdout, problems with files and arguments to stderr.
            """,
        subcommands: [
            RunCommand.self, CheckCommand.self, UpdateCommand.self, RenderCommand.self, PreviewCommand.self,
            PreviewWorkerCommand.self,
        ]
    )

    /// Parses and runs the command; bad usage exits with status 2 (ArgumentParser's default is 64). An interrupt
    /// removes the temporary file of a write in progress before it ends the process.
    static func main() {
        ProcessSettings.cleanUpOnInterrupt()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
            Console.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.badUsage.rawValue)
        }
    }
}
