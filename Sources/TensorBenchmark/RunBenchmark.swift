import Foundation
import Tensors

/// Builds the workloads on the real data, times them here and in the peers, and prints the comparison.
func runBenchmark(_ options: TensorBenchmark) throws {
    let dataFolder = URL(fileURLWithPath: options.data)
    let sample = dataFolder.appendingPathComponent("mnist_sample")
    let threes = try loadDigitImages(folder: sample.appendingPathComponent("train/3"))
    let sevens = try loadDigitImages(folder: sample.appendingPathComponent("train/7"))
    let validThrees = try loadDigitImages(folder: sample.appendingPathComponent("valid/3"))
    manualSeed(0)
    let stackedThrees = try stack(threes).float() / 255
    let mean3 = try stackedThrees.mean(0)
    let validStack = try stack(validThrees).float() / 255
    let trainX = try cat([stackedThrees, stack(sevens).float() / 255]).view(-1, 28 * 28)
    let weights = try randn([784, 30])
    let batch = try trainX.narrow(0, 0, 256)
    let big = try randn([10_000_000])
    let other = try randn([10_000_000])
    let one = try tensor(1.0)
    let two = try tensor(2.0)

    let vectorWorkloads = [
        Workload(name: "stack 6131 uint8 28x28, .float()/255", callsPerSample: 1) {
            _ = try stack(threes).float() / 255
        },
        Workload(name: "mean(0) of 6131x28x28", callsPerSample: 1) { _ = try stackedThrees.mean(0) },
        Workload(name: "(v3 - mean3).abs().mean([-1, -2]), 1010x28x28", callsPerSample: 10) {
            _ = try (validStack - mean3).abs().mean([-1, -2])
        },
        Workload(name: "12396x784 @ 784x30", callsPerSample: 1) { _ = try matmul(trainX, weights) },
        Workload(name: "10M-element add", callsPerSample: 1) { _ = try big + other },
        Workload(name: "10M-element sum", callsPerSample: 1) { _ = try big.sum() },
        Workload(name: "256x784 @ 784x30", callsPerSample: 20) { _ = try matmul(batch, weights) },
        Workload(name: "0-d tensor add", callsPerSample: 10_000) { _ = try one + two },
    ]
    let workloads = try (vectorWorkloads + convolutionWorkloads(threes: threes, sevens: sevens))
        .filter { options.only.map($0.name.contains) ?? true }
    // Rounds take turns with the peers, so that a slow spell of the machine hits both sides alike.
    var ourRounds: [[String: Double]] = []
    var peerRounds: [[String: [String: Double]]] = []
    for _ in 0..<options.rounds {
        var round: [String: Double] = [:]
        for workload in workloads {
            round[workload.name] = try workload.medianMilliseconds(samples: options.samples, clock: options.clock)
        }
        ourRounds.append(round)
        if !options.noPeers { peerRounds.append(try runPeers(options, dataFolder: dataFolder)) }
    }
    var ours: [String: Double] = [:]
    var peers: [String: [String: Double]] = [:]
    for name in workloads.map(\.name) {
        ours[name] = median(ourRounds.compactMap { $0[name] })
        for peer in ["numpy", "torch"] {
            let times = peerRounds.compactMap { $0[name]?[peer] }
            if !times.isEmpty { peers[name, default: [:]][peer] = median(times) }
        }
    }
    let table = comparisonTable(workloads.map(\.name), ours: ours, peers: peers)
    print(table)
    if let path = options.markdown {
        try resultsDocument(table: table, options: options).write(toFile: path, atomically: true, encoding: .utf8)
    }
}

/// The repository this benchmark was built from (its peer script and peer Python live there).
private let repositoryFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The Python of the peers: `.peers/bin/python` in the repository when `scripts/setup-benchmark-peers` has made
/// it, else `python3` from the `PATH`.
func peerPython() -> String {
    let venv = repositoryFolder.appendingPathComponent(".peers/bin/python").path
    return FileManager.default.isExecutableFile(atPath: venv) ? venv : "python3"
}

/// Runs `Benchmarks/tensor_peers.py` and reads its JSON: workload name -> peer name -> milliseconds.
private func runPeers(_ options: TensorBenchmark, dataFolder: URL) throws -> [String: [String: Double]] {
    let script = repositoryFolder.appendingPathComponent("Benchmarks/tensor_peers.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
        options.python, script.path, dataFolder.path, String(options.samples), String(Parallelism.threadCount),
        options.clock.rawValue,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0,
        let json = try JSONSerialization.jsonObject(with: data) as? [String: [String: Double]]
    else {
        throw BenchmarkError("the peer script failed (exit \(process.terminationStatus))")
    }
    return json
}

/// A Markdown table: our median time per workload, each peer's, and ours/theirs.
private func comparisonTable(_ names: [String], ours: [String: Double], peers: [String: [String: Double]]) -> String {
    let peerNames = ["numpy", "torch"].filter { peer in peers.values.contains { $0[peer] != nil } }
    let header = ["workload", "lesson (ms)"] + peerNames.flatMap { ["\($0) (ms)", "ours/\($0)"] }
    var lines = [
        "| " + header.joined(separator: " | ") + " |",
        "|---|" + Array(repeating: "---:|", count: header.count - 1).joined(),
    ]
    for name in names {
        let mine = ours[name] ?? .nan
        var cells = ["\(name)", format(mine)]
        for peer in peerNames {
            if let theirs = peers[name]?[peer] {
                cells += [format(theirs), String(format: "%.2f", mine / theirs)]
            } else {
                cells += ["-", "-"]
            }
        }
        lines.append("| " + cells.joined(separator: " | ") + " |")
    }
    return lines.joined(separator: "\n") + "\n"
}

/// The Markdown page kept beside the benchmark: what was measured, on what, and the table.
private func resultsDocument(table: String, options: TensorBenchmark) -> String {
    let cpu =
        (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
        .split(separator: "\n").first { $0.hasPrefix("model name") }?
        .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
    let load =
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init)
        ?? "unknown"
    return """
        # Tensor engine benchmark

        Written by `tensor-benchmark --markdown Benchmarks/tensors.md` (Sources/TensorBenchmark). In one run on one
        machine, \(options.rounds) rounds each time our engine (release build) and then the same workloads in NumPy
        and PyTorch (Benchmarks/tensor_peers.py, each peer in its own process); a round's figure is the median time
        of one call over \(options.samples) samples after a warm-up, and the table gives the median of the rounds. A
        ratio below 1.0 means `lesson` is faster. Clock: \(clockText(options)).

        Machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(cpu); \(Parallelism.threadCount) threads
        on each side; load average when the table was written: \(load) (other work on the machine slows PyTorch's
        thread pool most).
        Data: the full MNIST 3/7 sample (fast.ai's MNIST_SAMPLE layout); chapter 13's rows use its first 64 (or 256
        and 256) threes and sevens.

        Reproduce:

        ```sh
        scripts/setup-benchmark-peers   # once: NumPy and PyTorch in .peers/, the default --python
        swift build -c release --product tensor-benchmark
        .build/release/tensor-benchmark --data /path/to/data --markdown Benchmarks/tensors.md
        ```

        \(table)
        """
}

/// How the page names the clock the run used.
private func clockText(_ options: TensorBenchmark) -> String {
    switch options.clock {
    case .wall: return "the wall clock"
    case .cpu: return "the CPU time of each side's process (`--cpu-time`), one thread each"
    }
}

private func format(_ milliseconds: Double) -> String {
    milliseconds < 0.1 ? String(format: "%.4f", milliseconds) : String(format: "%.2f", milliseconds)
}
