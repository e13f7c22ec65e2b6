import Foundation
import Synchronization
import Testing

@testable import Tensors

/// The kernel worker pool runs every chunk exactly once, refuses nested and concurrent jobs (their callers then
/// use GCD), stays correct under many callers at once, and stops its threads when asked.
@Suite struct KernelThreadsTests {
    @Test func everyChunkRunsExactlyOnce() {
        let pool = KernelThreads(workers: 2)
        for chunks in [1, 2, 3, 17, 1000] {
            // Each chunk only touches its own counter, so plain memory is enough.
            let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks)
            defer { counts.deallocate() }
            counts.initialize(repeating: 0)
            let ran = pool.run(chunks: chunks) { chunk in counts[chunk] += 1 }
            #expect(ran)
            #expect(counts.allSatisfy { $0 == 1 }, "\(chunks) chunks")
        }
    }

    @Test func aNestedJobIsLeftToTheCaller() {
        let pool = KernelThreads(workers: 1)
        let nestedRan = Atomic<Int>(0)
        let ran = pool.run(chunks: 2) { _ in
            if pool.run(chunks: 2, { _ in }) { nestedRan.wrappingAdd(1, ordering: .relaxed) }
        }
        #expect(ran)
        #expect(nestedRan.load(ordering: .relaxed) == 0)
    }

    @Test func stoppedWorkersLeaveAndTheNextJobStartsThemAgain() {
        let pool = KernelThreads(workers: 2)
        #expect(pool.liveWorkerCount == 0)
        #expect(pool.run(chunks: 8) { _ in })
        #expect(pool.liveWorkerCount == 2)
        #expect(pool.stop())
        #expect(pool.liveWorkerCount == 0)
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: 100)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        #expect(pool.run(chunks: 100) { chunk in counts[chunk] += 1 })
        #expect(counts.allSatisfy { $0 == 1 })
        #expect(pool.liveWorkerCount == 2)
        #expect(pool.stop())
        #expect(pool.stop(), "stopping a stopped pool does nothing")
    }

    @Test func withoutWorkersThePoolDeclines() {
        #expect(!KernelThreads(workers: 0).run(chunks: 4) { _ in })
    }

    @Test func manyCallersAtOnceAllGetTheirResults() {
        // Kernels called from several threads at once (lessons run with --jobs): each result is right, whether
        // its caller got the shared pool or fell back to GCD.
        let values = (0..<100_000).map { Double($0 % 97) }
        let expected = values.reduce(0, +)
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<50 {
                let total = try? tensor(values).sum().item()
                if total != .double(expected) { failures.wrappingAdd(1, ordering: .relaxed) }
            }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
    }
}
