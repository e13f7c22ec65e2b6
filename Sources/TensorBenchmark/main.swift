// Times the tensor engine on the chapter's workloads and, in the same run, the same workloads in NumPy and
// PyTorch (through Benchmarks/tensor_peers.py), then prints ours/theirs ratios.
//
//     swift run -c release tensor-benchmark --data ../shared/data --python /path/to/venv/bin/python
import Foundation

do {
    let options = try BenchmarkOptions(arguments: Array(CommandLine.arguments.dropFirst()))
    try runBenchmark(options)
} catch {
    FileHandle.standardError.write(Data("tensor-benchmark: \(error)\n".utf8))
    exit(2)
}
