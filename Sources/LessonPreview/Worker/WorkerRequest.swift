/// What the preview server sends its worker, one JSON line on the worker's standard input each time the lesson
/// file is saved: the file's text and a number that grows with each save, which the worker's events carry back
/// so that the server knows which save they show.
///
/// ```json
/// {"revision": 3, "text": "---\ntitle: Tensors\n---\n..."}
/// ```
public struct WorkerRequest: Codable, Sendable, Equatable {
    /// The save's number (1 for the first text sent).
    public var revision: Int
    /// The lesson file's text.
    public var text: String

    /// A request.
    ///
    /// ```swift
    /// WorkerRequest(revision: 1, text: try String(contentsOfFile: "lessons/x.md", encoding: .utf8))
    /// ```
    public init(revision: Int, text: String) {
        self.revision = revision
        self.text = text
    }
}
