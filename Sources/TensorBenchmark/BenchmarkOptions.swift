import Foundation

/// The command line of `tensor-benchmark`.
struct BenchmarkOptions {
    /// The folder holding `mnist_sample/` (fast.ai's MNIST_SAMPLE layout).
    var dataFolder = URL(fileURLWithPath: "../shared/data")
    /// The Python that runs the peer script (needs NumPy; PyTorch and Pillow when available).
    var python = "python3"
    /// Where to write the Markdown table, if anywhere.
    var markdownPath: String?
    /// Timed samples per workload.
    var samples = 15

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        while let flag = remaining.popFirst() {
            guard let value = remaining.popFirst() else { throw BenchmarkError("\(flag) needs a value") }
            switch flag {
            case "--data": dataFolder = URL(fileURLWithPath: value)
            case "--python": python = value
            case "--markdown": markdownPath = value
            case "--samples":
                guard let count = Int(value), count > 0 else {
                    throw BenchmarkError("--samples needs a positive number")
                }
                samples = count
            default:
                throw BenchmarkError(
                    "unknown option \(flag) (options: --data DIR --python PATH --markdown FILE --samples N)")
            }
        }
    }
}

/// A failure of the benchmark driver itself, with its message.
struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
