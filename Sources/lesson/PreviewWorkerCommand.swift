import ArgumentParser
import Foundation
import LessonPreview

/// `lesson preview-worker SETTINGS`: the process `lesson preview` starts to run a lesson's cells (not for
/// people: the server passes its settings as JSON and talks to it over pipes).
struct PreviewWorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview-worker", abstract: "Run a previewed lesson's cells for `lesson preview`.",
        shouldDisplay: false)

    @Argument(help: "The worker's settings, as JSON.")
    var settings: String

    func run() throws {
        let settings: WorkerSettings
        do {
            settings = try JSONDecoder().decode(WorkerSettings.self, from: Data(self.settings.utf8))
        } catch {
            throw ValidationError("the settings are not a worker's JSON settings: \(error)")
        }
        // Events go out on what was stdout; whatever else writes to stdout goes to stderr instead.
        let events = dup(STDOUT_FILENO)
        dup2(STDERR_FILENO, STDOUT_FILENO)
        PreviewWorker.run(settings: settings, eventDescriptor: events)
    }
}
