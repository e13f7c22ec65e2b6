import Foundation
import Synchronization

/// The worker threads that run the chunks of parallel kernels.
///
/// Lesson code runs many kernels of 50-500 µs back to back (`(v3 - mean3).abs().mean([-1, -2])` is three). Waking a
/// parked thread for each one costs 10-50 µs on a virtual machine, a large share of such a kernel; so after a job
/// the workers keep polling for the next one for a short while (as OpenMP's threads do, which PyTorch uses) and
/// only then park. A job is split into chunks numbered `0..<count`; the calling thread takes chunks too, and
/// returns once every chunk has run.
///
/// The workers start with the first job, and ``stop()`` ends them until the next one: a process stops them before
/// it forks, so that it forks with one thread (a forked child has only the thread that forked).
///
/// ```swift
/// KernelThreads.shared.run(chunks: 4) { chunk in process(chunk) }
/// KernelThreads.shared.stop()
/// ```
final class KernelThreads: @unchecked Sendable {
    /// The pool used by `Parallelism`, with one worker per extra core.
    static let shared = KernelThreads(workers: max(0, ProcessInfo.processInfo.activeProcessorCount - 1))

    /// How long a worker keeps polling for the next job before it parks.
    private static let pollDuration = Duration.microseconds(200)

    private let workerCount: Int
    /// Bumped when a job is published; polling workers compare it with the last one they saw.
    private let generation = Atomic<Int>(0)
    /// The current job's generation (high 32 bits) and next chunk to hand out (low 32 bits): a worker claims a
    /// chunk only of the job it was woken for, so a late worker can never run an old job's body.
    private let claim = Atomic<Int>(0)
    /// The chunks of the current job not yet finished.
    private let unfinished = Atomic<Int>(0)
    /// Set while a caller owns the pool; a second caller (another lesson on another thread) runs without it.
    private let busy = Atomic<Bool>(false)
    /// The current job, written by the owning caller before its claim word is published.
    private var job: ((Int) -> Void)?
    private var chunkCount = 0
    /// Parked workers wait here for a new generation.
    private let parking = NSCondition()
    private var parkedCount = 0
    /// Whether the workers run (read and written by the caller that owns the pool).
    private var started = false
    /// Set while ``stop()`` asks the workers to leave their loops.
    private let stopping = Atomic<Bool>(false)
    /// The workers that have not left their loops.
    private let liveWorkers = Atomic<Int>(0)

    init(workers: Int) {
        workerCount = workers
    }

    /// Starts the workers (the caller owns the pool).
    private func startWorkers() {
        started = true
        // A worker waits for a generation after this one, even if its thread starts only after a later job or
        // a stop was published.
        let current = generation.load(ordering: .acquiring)
        for index in 0..<workerCount {
            liveWorkers.wrappingAdd(1, ordering: .relaxed)
            // The workers keep the pool alive: a pool lives as long as the process (tests make a few small ones).
            let thread = Thread {
                self.workerLoop(after: current)
                self.liveWorkers.wrappingSubtract(1, ordering: .releasing)
            }
            thread.name = "lesson-kernel-\(index + 1)"
            thread.start()
        }
    }

    /// How many workers are in their loops (for tests).
    var liveWorkerCount: Int { liveWorkers.load(ordering: .acquiring) }

    /// Ends the workers and waits until each has left its loop (the threads then exit); the next job starts them
    /// again. Returns `false`, stopping nothing, while another thread's job is in progress.
    @discardableResult
    func stop() -> Bool {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return false }
        defer { busy.store(false, ordering: .releasing) }
        guard started else { return true }
        stopping.store(true, ordering: .relaxed)
        generation.store((generation.load(ordering: .relaxed) + 1) & 0xFFFF_FFFF, ordering: .releasing)
        parking.lock()
        parking.broadcast()
        parking.unlock()
        while liveWorkers.load(ordering: .acquiring) > 0 { sched_yield() }
        stopping.store(false, ordering: .relaxed)
        started = false
        return true
    }

    /// Whether the current thread is running a chunk (a nested parallel kernel then runs inline).
    @TaskLocal private static var insideJob = false

    /// Runs `body(chunk)` for every chunk in `0..<chunks`, on the workers and the calling thread; returns when all
    /// have finished. Returns `false` without running anything when the pool cannot take the job (no workers, a
    /// nested call, or another thread's job in progress): the caller then runs the chunks some other way.
    func run(chunks: Int, _ body: (Int) -> Void) -> Bool {
        guard workerCount > 0, chunks < 1 << 31, !Self.insideJob,
            busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
        else { return false }
        defer { busy.store(false, ordering: .releasing) }
        if !started { startWorkers() }
        withoutActuallyEscaping(body) { body in
            let jobGeneration = (generation.load(ordering: .relaxed) + 1) & 0xFFFF_FFFF
            job = body
            chunkCount = chunks
            unfinished.store(chunks, ordering: .relaxed)
            claim.store(jobGeneration << 32, ordering: .releasing)
            generation.store(jobGeneration, ordering: .releasing)
            parking.lock()
            if parkedCount > 0 { parking.broadcast() }
            parking.unlock()
            Self.$insideJob.withValue(true) { runChunks(of: jobGeneration) }
            // Chunks claimed by workers may still be running.
            while unfinished.load(ordering: .acquiring) > 0 {}
            job = nil
        }
        return true
    }

    /// Claims and runs chunks of job `jobGeneration` until none are left (or another job has replaced it).
    private func runChunks(of jobGeneration: Int) {
        var word = claim.load(ordering: .acquiring)
        while word >> 32 == jobGeneration, word & 0xFFFF_FFFF < chunkCount {
            let (exchanged, current) = claim.compareExchange(
                expected: word, desired: word + 1, ordering: .acquiringAndReleasing)
            guard exchanged else {
                word = current
                continue
            }
            // A claimed chunk keeps the job alive: its caller waits for `unfinished` to reach zero.
            job?(word & 0xFFFF_FFFF)
            unfinished.wrappingSubtract(1, ordering: .releasing)
            word = claim.load(ordering: .acquiring)
        }
    }

    private func workerLoop(after startGeneration: Int) {
        var seen = startGeneration
        let clock = ContinuousClock()
        while true {
            // Poll for a new job for a while, then park until one is published.
            let deadline = clock.now + Self.pollDuration
            var polls = 0
            while generation.load(ordering: .acquiring) == seen {
                polls += 1
                if polls & 255 == 0, clock.now > deadline {
                    parking.lock()
                    parkedCount += 1
                    while generation.load(ordering: .acquiring) == seen { parking.wait() }
                    parkedCount -= 1
                    parking.unlock()
                }
            }
            seen = generation.load(ordering: .acquiring)
            if stopping.load(ordering: .relaxed) { return }
            Self.$insideJob.withValue(true) { runChunks(of: seen) }
        }
    }
}
