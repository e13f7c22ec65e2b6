/// Everything a preview worker needs to know besides the lesson's text, handed to it by the server as one JSON
/// argument (`lesson preview-worker '{...}'`).
///
/// ```swift
/// var settings = WorkerSettings(path: "lessons/x.md")
/// settings.pageScript = "/_preview/live.js"
/// settings.checkpoints = CheckpointLimits(count: 8)
/// ```
public struct WorkerSettings: Codable, Sendable, Equatable {
    /// The lesson file, as messages and the page name it.
    public var path: String
    /// The time limit per cell for lessons and cells that set none (`--timeout`).
    public var timeout: Double?
    /// The data folder (`--data`, else `$LESSON_DATA`).
    public var dataFolder: String?
    /// The test flags whose cells run (`--flags`).
    public var flags: [String] = []
    /// The memory limit for all tensors (`--memory-limit`); `nil`: the default.
    public var memoryLimit: Int?
    /// Keep raw HTML from the lesson in the page (`--unsafe-html`).
    public var allowsUnsafeHTML = false
    /// The page's link back to the index (relative to the page), or `nil` for none.
    public var indexLink: String?
    /// The address of the page's live-update script.
    public var pageScript: String?
    /// How many checkpoints to keep, in how much memory.
    public var checkpoints = CheckpointLimits()

    /// Settings for the lesson at `path`, with every default.
    public init(path: String) {
        self.path = path
    }
}
