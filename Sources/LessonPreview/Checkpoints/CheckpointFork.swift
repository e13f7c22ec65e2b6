import Foundation

/// Making, resuming and discarding checkpoints: forked copies of the worker that wait, paused, on a pipe.
///
/// ``make(position:cost:)`` forks. The parent goes on running cells and keeps the pipe's write end; the child
/// pauses, reading its end. Sent a resume message (``resume(_:with:)``), the paused copy forks again: the new
/// child returns from `make` as the worker that runs on from that point with the message, while the copy stays
/// paused for later edits, on a new pipe whose only writer is that new worker. Sent `discard`, or once no
/// process holds a write end any more (every worker that could resume it has exited), the copy exits.
///
/// The worker calls `make` only when it is alone (``ProcessThreads/waitUntilAlone(timeout:)``): a child gets
/// the forking thread only, so a lock held by any other thread would stay locked in it. A paused copy has one
/// thread, so it can always fork again. Both ignore `SIGCHLD` (set by the worker), so the kernel reaps their
/// exited children.
///
/// ```swift
/// switch try CheckpointFork.make(position: 3, cost: .seconds(2)) {
/// case .made(let checkpoint): store.add(checkpoint)                 // run cell 3 next
/// case .resumed(let message, let paused): adopt(message, paused)    // a later edit: run from cell 3 with it
/// }
/// ```
enum CheckpointFork {
    /// What `make` returns, in the worker that made the checkpoint or in one resumed from it.
    enum Outcome {
        /// The checkpoint now exists; the caller goes on as before.
        case made(Checkpoint)
        /// The caller is a new worker resumed from the checkpoint with `message`; `paused` is the checkpoint
        /// itself, still waiting for later edits (`nil` if it could not stay: then this is its own process).
        case resumed(message: [UInt8], paused: Checkpoint?)
    }

    /// The message that ends a paused copy.
    static let discardMessage = Array("discard".utf8)

    /// Forks a paused copy after `position` cells whose cells took `cost` to run.
    ///
    /// - Throws: ``FileDescriptor/Failure`` when no pipe or process can be made.
    static func make(position: Int, cost: Duration) throws(FileDescriptor.Failure) -> Outcome {
        let residentBytes = ProcessMemory.residentBytes()
        let (readEnd, writeEnd) = try FileDescriptor.pipe()
        let pid = fork()
        if pid < 0 {
            let code = errno
            FileDescriptor.close(readEnd)
            FileDescriptor.close(writeEnd)
            throw FileDescriptor.Failure(call: "fork", code: code)
        }
        if pid > 0 {
            FileDescriptor.close(readEnd)
            return .made(
                Checkpoint(
                    position: position, pid: pid, resumeDescriptor: writeEnd, cost: cost,
                    residentBytes: residentBytes))
        }
        FileDescriptor.close(writeEnd)
        return pause(reading: readEnd, position: position, cost: cost, residentBytes: residentBytes)
    }

    /// Sends `message` (one line, without a line break) to a paused copy, which then forks the worker that runs
    /// on with it; `false` when the copy is gone.
    static func resume(_ checkpoint: Checkpoint, with message: [UInt8]) -> Bool {
        (try? FileDescriptor.write(message + [UInt8(ascii: "\n")], to: checkpoint.resumeDescriptor)) != nil
    }

    /// Ends a paused copy and closes this process's end of its pipe.
    static func discard(_ checkpoint: Checkpoint) {
        _ = resume(checkpoint, with: discardMessage)
        FileDescriptor.close(checkpoint.resumeDescriptor)
    }

    /// The paused copy's life: wait for a message; fork a worker for each resume; exit on `discard` or when
    /// nobody can write any more. Returns only in a forked worker.
    private static func pause(
        reading descriptor: Int32, position: Int, cost: Duration, residentBytes: Int
    )
        -> Outcome
    {
        var descriptor = descriptor
        while true {
            var reader = LineReader(descriptor: descriptor)
            guard let message = try? reader.nextLine(), message != discardMessage else { _exit(0) }
            guard let (readEnd, writeEnd) = try? FileDescriptor.pipe() else {
                // Without a pipe the copy cannot stay paused: it runs on itself.
                FileDescriptor.close(descriptor)
                return .resumed(message: message, paused: nil)
            }
            let pid = fork()
            if pid == 0 {
                FileDescriptor.close(readEnd)
                FileDescriptor.close(descriptor)
                let paused = Checkpoint(
                    position: position, pid: getppid(), resumeDescriptor: writeEnd, cost: cost,
                    residentBytes: residentBytes)
                return .resumed(message: message, paused: paused)
            }
            FileDescriptor.close(writeEnd)
            FileDescriptor.close(descriptor)
            if pid < 0 {
                FileDescriptor.close(readEnd)
                return .resumed(message: message, paused: nil)
            }
            descriptor = readEnd
        }
    }
}
