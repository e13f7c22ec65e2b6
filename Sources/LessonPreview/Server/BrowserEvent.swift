import Foundation

/// What the server tells a page over its event stream (server-sent events), and the live script acts on: the
/// page's new HTML, the cells' states, a running cell's progress, a problem with the saved file, the end of a
/// run. Each goes out as `event: NAME` and one line of JSON data.
///
/// ```swift
/// BrowserEvent.states(revision: 3, states: [.done, .running]).text
/// // "event: states\ndata: {\"revision\":3,\"states\":[\"done\",\"running\"]}\n\n"
/// ```
enum BrowserEvent: Sendable, Equatable {
    /// The whole page, to put in place of the shown one.
    case page(revision: Int, html: String)
    /// Each cell's state, in cell order.
    case states(revision: Int, states: [CellState])
    /// A running cell's long work.
    case progress(revision: Int, cell: Int, label: String, completed: Int, total: Int)
    /// A problem to show above the page (`nil`: none any more).
    case problem(revision: Int, message: String?)
    /// The run for a revision is over.
    case finished(revision: Int, failed: Int)

    /// The event as the stream sends it.
    var text: String {
        let (name, payload): (String, [String: Any?]) =
            switch self {
            case .page(let revision, let html): ("page", ["revision": revision, "html": html])
            case .states(let revision, let states):
                ("states", ["revision": revision, "states": states.map(\.rawValue)])
            case .progress(let revision, let cell, let label, let completed, let total):
                (
                    "progress",
                    ["revision": revision, "cell": cell, "label": label, "completed": completed, "total": total]
                )
            case .problem(let revision, let message): ("problem", ["revision": revision, "message": message])
            case .finished(let revision, let failed): ("finished", ["revision": revision, "failed": failed])
            }
        let object = payload.mapValues { $0 ?? NSNull() }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return "event: \(name)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}
