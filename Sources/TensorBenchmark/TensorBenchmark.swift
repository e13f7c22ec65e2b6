import ArgumentParser
import Foundation
import Tensors

/// Times the tensor engine on the chapter's workloads and, in the same run, the same workloads in NumPy and
/// PyTorch (through Benchmarks/tensor_peers.py), then prints ours/theirs ratios.
///
/// ```sh
/// scripts/setup-benchmark-peers   # once: NumPy and PyTorch in .peers/, which --python defaults to
/// swift run -c release tensor-benchmark --data /path/to/data
/// ```
@main
struct TensorBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tensor-benchmark",
        abstract: "Time the tensor engine against NumPy and PyTorch on the chapter's MNIST workloads.")

    @Option(help: "The folder holding mnist_sample/ (fast.ai's MNIST_SAMPLE layout).")
    var data = "../shared/data"

    @Option(
        help: """
            The Python that runs the peer script (needs NumPy; PyTorch and Pillow when available). When left \
            out: .peers/bin/python, made by scripts/setup-benchmark-peers, when it exists, else python3.
            """)
    var python = peerPython()

    @Option(help: "Write the results page (Markdown) to this file.")
    var markdown: String?

    @Option(help: "Timed samples per workload.")
    var samples = 15

    @Option(help: "Rounds, each timing our engine and then the peers; the table keeps the median of the rounds.")
    var rounds = 3

    @Option(help: "Run only the workloads whose name contains this text (for profiling one of them).")
    var only: String?

    @Option(help: "Threads for our kernels and for the peers (default: one per core).")
    var threads: Int?

    @Flag(help: "Time only our engine, not NumPy and PyTorch.")
    var noPeers = false

    @Flag(
        help: """
            Time the CPU each side's process uses instead of the wall clock (with --threads 1 only): steadier figures \
            on a machine busy with other work, which takes the cores away from both sides at random.
            """)
    var cpuTime = false

    /// The clock the samples are timed by.
    var clock: BenchmarkClock { cpuTime ? .cpu : .wall }

    func validate() throws {
        guard samples > 0 else { throw ValidationError("--samples needs a positive number") }
        guard rounds > 0 else { throw ValidationError("--rounds needs a positive number") }
        guard (threads ?? 1) > 0 else { throw ValidationError("--threads needs a positive number") }
        guard !cpuTime || threads == 1 else {
            // Other threads' CPU time adds up, and idle workers that poll count as busy.
            throw ValidationError("--cpu-time needs --threads 1")
        }
        guard markdown == nil || (only == nil && !noPeers) else {
            throw ValidationError("--markdown writes the full comparison: drop --only and --no-peers")
        }
    }

    func run() throws {
        if let threads { Parallelism.threadCount = threads }
        try runBenchmark(self)
    }
}
