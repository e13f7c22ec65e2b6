/// What the preview worker tells the server, one JSON line each on the worker's event pipe. Every event carries
/// the revision of the save it shows (see ``WorkerRequest``).
///
/// ```json
/// {"page": {"revision": 3, "html": "<!DOCTYPE html>...", "states": ["done", "running", "queued"]}}
/// {"progress": {"revision": 3, "cell": 1, "label": "epoch 2/10", "completed": 12, "total": 60}}
/// {"finished": {"revision": 3, "firstCell": 1, "checkpoint": 1, "ran": 2, "failed": 0}}
/// ```
public enum WorkerEvent: Codable, Sendable, Equatable {
    /// The page as it now reads (`html` is `nil` when only the states changed) and each cell's state.
    case page(revision: Int, html: String?, states: [CellState])
    /// A running cell's long work (training, a large load) has got this far.
    case progress(revision: Int, cell: Int, label: String, completed: Int, total: Int)
    /// The run for this revision is over: cells from `firstCell` ran (`ran` of them, the skipped ones
    /// included), resumed from the checkpoint after `checkpoint` cells (0: a fresh session); `failed` cells of
    /// the lesson failed.
    case finished(revision: Int, firstCell: Int, checkpoint: Int, ran: Int, failed: Int)
    /// The saved text cannot be run as written (an unclosed fence, a bad front matter value): the message says
    /// where. The worker goes on with the last text that could.
    case problem(revision: Int, message: String)
    /// Something the person previewing should know that is not about one save (checkpoints turned off).
    case notice(String)
}
