import Testing

@testable import Tensors

/// `Parallelism.concurrentPerform` runs every index once, on the kernel threads or, inside a kernel's job, on
/// GCD's; the threads it used can then be stopped, as `lesson preview` does before it forks.
@Suite struct ConcurrentPerformTests {
    /// How many times each index of `0..<iterations` ran when `perform` ran them all.
    func runCounts(_ iterations: Int, _ perform: ((Int) -> Void) -> Void) -> [Int] {
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: iterations)
        defer { counts.deallocate() }
        counts.initialize(repeating: 0)
        perform { index in counts[index] += 1 }  // each index writes its own slot
        return Array(counts)
    }

    @Test func everyIndexRunsOnce() {
        for iterations in [0, 1, 2, 7, 1000] {
            let counts = runCounts(iterations) { Parallelism.concurrentPerform(iterations: iterations, execute: $0) }
            #expect(counts == Array(repeating: 1, count: iterations), "\(iterations) iterations")
        }
    }

    @Test func insideAKernelsJobEveryIndexRunsOnce() {
        let outer = runCounts(4) { body in
            Parallelism.concurrentPerform(iterations: 4) { index in
                let inner = runCounts(50) { Parallelism.concurrentPerform(iterations: 50, execute: $0) }
                if inner == Array(repeating: 1, count: 50) { body(index) }
            }
        }
        #expect(outer == [1, 1, 1, 1])
    }

    @Test func aNegativeCountRunsNothing() {
        var ran = false
        Parallelism.concurrentPerform(iterations: -3) { _ in ran = true }
        #expect(!ran)
    }
}
