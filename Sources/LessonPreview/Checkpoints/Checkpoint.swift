/// A checkpoint of a lesson's session: a forked copy of the worker process, paused after the first `position`
/// cells (0: before any session, a fresh process), waiting on a pipe to be resumed or discarded.
///
/// Its memory is the worker's at that moment, shared page by page until either process writes to a page, so
/// making one costs no copying and no serialisation. What it saves is the running time of the cells it has
/// run; what it costs is the memory only it still holds.
struct Checkpoint: Sendable, Equatable {
    /// How many of the lesson's cells the copy has run (the next one to run is at this index).
    let position: Int
    /// The copy's process.
    let pid: Int32
    /// The write end of the pipe the copy waits on.
    let resumeDescriptor: Int32
    /// The running time of cells `0..<position` together: what resuming here saves over a fresh session.
    let cost: Duration
    /// The worker's resident memory when the copy was made: the most the copy can come to hold on its own.
    let residentBytes: Int

    /// Whether this is the fresh process made when the worker started, before any session: always kept, as
    /// the fallback for edits that must start over (a changed seed) and for cancelling a run.
    var isFresh: Bool { position == 0 }
}
