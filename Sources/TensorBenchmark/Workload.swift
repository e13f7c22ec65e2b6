import Foundation

/// One timed piece of work, named as in the peer script so rows can be paired.
struct Workload {
    /// The row name, shared with `Benchmarks/tensor_peers.py`.
    let name: String
    /// How many times `run` is called per timed sample (tiny workloads need many calls to be measurable).
    let callsPerSample: Int
    /// The work itself.
    let run: () throws -> Void

    /// The median time of one call in milliseconds by `clock`, over `samples` samples after one warm-up.
    func medianMilliseconds(samples: Int, clock: BenchmarkClock) throws -> Double {
        try run()
        var times: [Double] = []
        for _ in 0..<samples {
            let start = clock.nanoseconds()
            for _ in 0..<callsPerSample { try run() }
            let elapsed = clock.nanoseconds() - start
            times.append(Double(elapsed) / 1e6 / Double(callsPerSample))
        }
        return median(times)
    }
}

/// The middle value (the upper middle one of an even count); NaN for no values.
func median(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : values.sorted()[values.count / 2]
}

/// What a benchmark times: the time that passes (`wall`), or the CPU time the process uses (`cpu`: on one thread,
/// the work itself, without the time other processes hold the core).
enum BenchmarkClock: String {
    case wall
    case cpu

    /// The clock's reading now.
    func nanoseconds() -> UInt64 {
        switch self {
        case .wall: return DispatchTime.now().uptimeNanoseconds
        case .cpu:
            var time = timespec()
            clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
            return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
        }
    }
}
