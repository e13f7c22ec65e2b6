import Foundation

/// One timed piece of work, named as in the peer script so rows can be paired.
struct Workload {
    /// The row name, shared with `Benchmarks/tensor_peers.py`.
    let name: String
    /// How many times `run` is called per timed sample (tiny workloads need many calls to be measurable).
    let callsPerSample: Int
    /// The work itself.
    let run: () throws -> Void

    /// The median time of one call in milliseconds, over `samples` samples after one warm-up.
    func medianMilliseconds(samples: Int) throws -> Double {
        try run()
        var times: [Double] = []
        for _ in 0..<samples {
            let start = DispatchTime.now().uptimeNanoseconds
            for _ in 0..<callsPerSample { try run() }
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            times.append(Double(elapsed) / 1e6 / Double(callsPerSample))
        }
        return median(times)
    }
}

/// The middle value (the upper middle one of an even count); NaN for no values.
func median(_ values: [Double]) -> Double {
    values.isEmpty ? .nan : values.sorted()[values.count / 2]
}
