import ArgumentParser
import Foundation
import LessonPreview
import LessonRunner

/// `lesson preview`: serves a lesson's page and keeps it in step with the file while it is edited.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Serve a lesson's HTML page and keep it up to date, running only what each save changed.",
        discussion: """
            Starts a local web server for the lesson's page, drawn as `lesson render` draws it, and watches the \
            file. Each save runs the lesson again from the first cell whose code or options changed (or from the \
            start when the front matter's seed, print options or time limit changed), with the state the cells \
            above it left, and the open page updates in place: each cell shows whether it is queued, running, \
            done or failed, a running cell shows its progress, an error shows at its cell. A save that changes \
            only prose renders the page again without running anything; a save during a run cancels it. Given a \
            folder, the server lists its lessons at /index.html.

            The preview never writes the lesson file: once the outputs are right, `lesson update` records them \
            (the terminal says so after each run). The state after each cell is kept in paused copies of the \
            session (forked processes that share their memory until it changes): --checkpoints and \
            --checkpoint-memory limit them; past the limits, the copies that save the least time go.

            The server listens on 127.0.0.1 (only this machine) unless --host says otherwise. Ctrl-C stops it.

            Examples:
              lesson preview lessons/01-mnist-basics.md
              lesson preview --port 8080 --open lessons
            """)

    @OptionGroup var options: CommonOptions

    @Option(help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "n"))
    var port = 8000

    @Option(help: ArgumentHelp("The address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Flag(help: "Open the page in the default browser once the server listens.")
    var open = false

    @Flag(help: "Keep raw HTML from the lessons in the pages (it is left out by default).")
    var unsafeHTML = false

    @Option(
        help: ArgumentHelp(
            "The most checkpoints kept per lesson (0: none; each save runs from the start).", valueName: "n"))
    var checkpoints = CheckpointLimits.defaultCount

    @Option(
        help: ArgumentHelp(
            "The most memory a lesson's checkpoints may hold together, e.g. 2G. Default: an eighth of the physical "
                + "memory.",
            valueName: "size"),
        transform: { text in
            guard let bytes = ByteSize.parse(text) else {
                throw ValidationError("not a size such as 2G, 512M or 1048576 (bytes)")
            }
            return bytes
        })
    var checkpointMemory: Int?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port: a port is a number from 0 to 65535.") }
        guard checkpoints >= 0 else { throw ValidationError("--checkpoints: give 0 or more.") }
    }

    func run() throws {
        let runner = options.runner
        var worker = WorkerSettings(path: "")
        worker.timeout = runner.timeout
        worker.dataFolder = runner.dataFolder
        worker.flags = runner.flags.sorted()
        worker.memoryLimit = options.memoryLimit
        worker.allowsUnsafeHTML = unsafeHTML
        worker.checkpoints = CheckpointLimits(
            count: checkpoints, memory: checkpointMemory ?? CheckpointLimits.defaultMemory)
        do {
            guard !(try LessonPaths.files(options.paths)).isEmpty else {
                throw ValidationError("no lesson files in \(options.paths.joined(separator: ", "))")
            }
        } catch let error as LessonPathError {
            throw ValidationError(error.description)
        }
        let server = PreviewServer(
            paths: options.paths, host: host, port: port, worker: worker, executable: Self.executable,
            report: { Console.out($0) })
        let open = self.open
        try server.runUntilStopped { url in
            Console.out("Previewing on \(url) (Ctrl-C stops)")
            if open { BrowserOpener.open(url) }
        }
        Console.out("Stopped.")
    }

    /// This program, which the server runs again as each lesson's worker.
    static var executable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
