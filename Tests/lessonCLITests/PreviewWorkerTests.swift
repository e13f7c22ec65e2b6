import Foundation
import LessonDocument
import LessonHTML
import LessonRunner
import Testing

@testable import LessonPreview

/// `lesson preview-worker`, driven as the server drives it: the pages it sends after resuming from a checkpoint
/// are byte for byte the pages of a whole run of the edited lesson, each edit resumes from the checkpoint just
/// above the changed cell (or from the fresh process when checkpoints are off or the seed changed), and every
/// process it made is gone once its input ends.
@Suite(.timeLimit(.minutes(5)))
struct PreviewWorkerTests {
    /// A worker process and its pipes.
    final class Worker {
        let pid: pid_t
        let requests: Int32
        var events: LineReader
        let settings: WorkerSettings
        private var revision = 0

        init(_ settings: WorkerSettings, in folder: String) throws {
            self.settings = settings
            let input = try FileDescriptor.pipe()
            let output = try FileDescriptor.pipe()
            defer {
                FileDescriptor.close(input.read)
                FileDescriptor.close(output.write)
            }
            let json = String(decoding: try JSONEncoder().encode(settings), as: UTF8.self)
            let program = "cd \"$1\" && exec \"$2\" preview-worker \"$3\""
            pid = try Spawn.start(
                ["/bin/sh", "-c", program, "sh", folder, CLI.executable, json],
                descriptors: [STDIN_FILENO: input.read, STDOUT_FILENO: output.write])
            requests = input.write
            events = LineReader(descriptor: output.read)
        }

        /// Sends `text` as the next save and returns the events up to its run's end: the last page, and the
        /// finished event (`nil` when the save ran nothing).
        func save(_ text: String) throws -> (page: String?, finished: WorkerEvent?) {
            revision += 1
            let request = try JSONEncoder().encode(WorkerRequest(revision: revision, text: text))
            try FileDescriptor.write(Array(request) + [UInt8(ascii: "\n")], to: requests)
            let running = runs(text)
            var page: String?
            while let line = try events.nextLine(timeout: 120_000) {
                let event = try JSONDecoder().decode(WorkerEvent.self, from: Data(line))
                switch event {
                case .page(_, let html, let states):
                    if let html { page = html }
                    // A save that runs nothing ends with its page.
                    if !running, states.allSatisfy({ $0 != .queued && $0 != .running }) { return (page, nil) }
                case .finished(let revision, _, _, _, _) where revision == self.revision:
                    return (page, event)
                default:
                    continue
                }
            }
            throw DevTools.Failure(description: "the worker stopped")
        }

        private var lastText: String?

        /// Whether a save of `text` runs cells (it differs from the last one in more than prose).
        private func runs(_ text: String) -> Bool {
            defer { lastText = text }
            guard let lastText,
                let old = try? LessonInput(path: settings.path, lesson: Lesson(text: lastText)),
                let new = try? LessonInput(path: settings.path, lesson: Lesson(text: text))
            else { return true }
            if case .cells = LessonChange(from: old, to: new) { return true }
            return false
        }

        /// Closes the worker's input and waits for it to exit.
        func finish() {
            FileDescriptor.close(requests)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            FileDescriptor.close(events.descriptor)
        }
    }

    /// A lesson whose cells draw random numbers, so that a resumed state that differed from a whole run's would
    /// show.
    static func lesson(seed: Int = 3, cells: [String]) -> String {
        "---\nseed: \(seed)\n---\n# Random\n\n" + cells.map { "Draw.\n\n```swift\n\($0)\n```\n\n" }.joined()
    }

    static let cells = ["let a = randn([3])\na", "let b = randn([2]) + a[0]\nb", "let c = b * 2\nc", "randn([2])"]

    /// The page `lesson render` draws for `text`, with the preview's script.
    static func renderedPage(_ text: String, settings: WorkerSettings) throws -> String {
        let input = try LessonInput(path: settings.path, lesson: Lesson(text: text))
        let run = LessonRunner().run(input)
        let options = PageOptions(indexLink: settings.indexLink, script: settings.pageScript)
        return LessonPage(
            lesson: input.lesson, path: input.path, cells: run.cells.compactMap(\.rendered), options: options
        )
        .html
    }

    static func settings(checkpoints: Int = 8) -> WorkerSettings {
        var settings = WorkerSettings(path: "random.md")
        settings.indexLink = "index.html"
        settings.pageScript = "/_preview/live.js"
        settings.checkpoints = CheckpointLimits(count: checkpoints, memory: 1 << 30)
        return settings
    }

    /// The first cell and the checkpoint a finished event names.
    static func start(_ event: WorkerEvent?) -> (firstCell: Int, checkpoint: Int)? {
        guard case .finished(_, let firstCell, let checkpoint, _, _) = event else { return nil }
        return (firstCell, checkpoint)
    }

    @Test func eachEditResumesAboveItsCellAndShowsWhatAWholeRunShows() throws {
        let scratch = try Scratch()
        let settings = Self.settings()
        let worker = try Worker(settings, in: scratch.path)
        defer { worker.finish() }
        var cells = Self.cells
        let edits: [(change: () -> Void, firstCell: Int, checkpoint: Int)] = [
            ({}, 0, 0),
            ({ cells[3] = "randn([2]) * 10" }, 3, 3),
            ({ cells[1] = "let b = randn([2]) - a[1]\nb" }, 1, 1),
            ({ cells[2] = "let c = b * 3\nc" }, 2, 2),
            ({ cells[0] = "let a = randn([3]) + 1\na" }, 0, 0),
            ({ cells.append("c.sum()") }, 4, 4),
        ]
        for (number, edit) in edits.enumerated() {
            edit.change()
            let text = Self.lesson(cells: cells)
            let (page, finished) = try worker.save(text)
            #expect(page == (try Self.renderedPage(text, settings: settings)), "edit \(number)")
            let start = try #require(Self.start(finished), "edit \(number)")
            #expect(start.firstCell == edit.firstCell, "edit \(number)")
            #expect(start.checkpoint == edit.checkpoint, "edit \(number)")
        }
    }

    @Test func aChangedSeedAndCheckpointsOffRunFromTheFreshProcess() throws {
        let scratch = try Scratch()
        let settings = Self.settings(checkpoints: 0)
        let worker = try Worker(settings, in: scratch.path)
        defer { worker.finish() }
        _ = try worker.save(Self.lesson(cells: Self.cells))
        var cells = Self.cells
        cells[3] = "randn([4])"
        let edited = Self.lesson(cells: cells)
        let (page, finished) = try worker.save(edited)
        #expect(page == (try Self.renderedPage(edited, settings: settings)))
        #expect(Self.start(finished)?.firstCell == 0, "without checkpoints, from the start")
        let reseeded = Self.lesson(seed: 9, cells: cells)
        let (again, rerun) = try worker.save(reseeded)
        #expect(again == (try Self.renderedPage(reseeded, settings: settings)))
        #expect(Self.start(rerun)?.checkpoint == 0)
    }

    @Test func aProseEditRunsNothingAndTheProcessesEndWithTheInput() throws {
        let scratch = try Scratch()
        var settings = Self.settings()
        // A path no other test uses, to find this worker's processes by.
        settings.path = "random-\(UUID().uuidString).md"
        let worker = try Worker(settings, in: scratch.path)
        let text = Self.lesson(cells: Self.cells)
        _ = try worker.save(text)
        let prose = text.replacingOccurrences(of: "# Random", with: "# Random numbers")
        let (page, finished) = try worker.save(prose)
        #expect(finished == nil)
        #expect(page == (try Self.renderedPage(prose, settings: settings)))
        #expect(Self.processes(mentioning: settings.path) >= 3, "the worker, its fresh copy and checkpoints")
        worker.finish()
        let deadline = ContinuousClock.now + .seconds(10)
        while Self.processes(mentioning: settings.path) > 0, ContinuousClock.now < deadline { usleep(20_000) }
        #expect(Self.processes(mentioning: settings.path) == 0)
    }

    /// How many processes have `text` in their command line.
    static func processes(mentioning text: String) -> Int {
        let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.filter { Int($0) != nil } ?? []
        return pids.filter { pid in
            guard let line = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return false }
            return String(decoding: line, as: UTF8.self).contains(text)
        }.count
    }
}
