import PNGCodec
import Tensors

/// Every PNG file in `folder`, in sorted file order (``Path/ls()``), as uint8 tensors: the batch form of
/// `folder.ls().sorted().map { tensor(Image.open($0)) }`, decoding the files in parallel on all cores. The result
/// does not depend on the number of threads. Throws a ``DataError`` naming the first file (in sorted order) that
/// fails, or the folder when it cannot be listed. Reports the files decoded to `progress` (`loading train/3`).
///
/// ```swift
/// let threes = try loadImages(path / "train" / "3")
/// threes.count       // 6131 with the full MNIST_SAMPLE
/// threes[0].shape    // [28, 28]
/// ```
public func loadImages(_ folder: Path, progress: (any ProgressReporter)? = nil) throws -> [Tensor] {
    try loadImages(folder.ls(), label: "loading \(folder)", progress: progress)
}

/// The PNG files at `paths`, in that order, as uint8 tensors, decoded in parallel on all cores; the same tensors
/// as `paths.map { tensor(Image.open($0)) }`. Throws a ``DataError`` naming the first file that fails. Reports the
/// files decoded to `progress` (`loading images`).
///
/// ```swift
/// let threes = try loadImages((path / "train" / "3").ls().sorted())
/// ```
public func loadImages(_ paths: [Path], progress: (any ProgressReporter)? = nil) throws -> [Tensor] {
    try loadImages(paths, label: "loading images", progress: progress)
}

/// The files decoded in parallel a chunk at a time, `progress` told after each chunk; a chunk of 512 small files
/// takes a few milliseconds, and the split changes nothing in the result.
private func loadImages(_ paths: [Path], label: String, progress: (any ProgressReporter)?) throws -> [Tensor] {
    let chunkSize = 512
    progress?.start(label, total: paths.count)
    defer { progress?.finish() }
    var tensors: [Tensor] = []
    tensors.reserveCapacity(paths.count)
    for chunkStart in stride(from: 0, to: paths.count, by: chunkSize) {
        let chunk = paths[chunkStart..<min(chunkStart + chunkSize, paths.count)]
        // On the kernel threads, not GCD's: `lesson preview` stops them before it forks a checkpoint.
        let results = PNGImage.decodeAll(paths: chunk.map(\.string), concurrently: Parallelism.concurrentPerform)
        for (path, result) in zip(chunk, results) {
            switch result {
            case .success(let png): tensors.append(try tensor(Image(png, path: path)))
            case .failure(let error): throw DataError(path: path.string, reason: error.reason)
            }
        }
        progress?.update(tensors.count)
    }
    return tensors
}
