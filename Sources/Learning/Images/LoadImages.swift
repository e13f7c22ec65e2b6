import PNGCodec
import Tensors

/// Every PNG file in `folder`, in sorted file order (``Path/ls()``), as uint8 tensors: the batch form of
/// `folder.ls().sorted().map { tensor(Image.open($0)) }`, decoding the files in parallel on all cores. The result
/// does not depend on the number of threads. Throws a ``DataError`` naming the first file (in sorted order) that
/// fails, or the folder when it cannot be listed.
///
/// ```swift
/// let threes = try loadImages(path / "train" / "3")
/// threes.count       // 6131 with the full MNIST_SAMPLE
/// threes[0].shape    // [28, 28]
/// ```
public func loadImages(_ folder: Path) throws -> [Tensor] {
    try loadImages(folder.ls())
}

/// The PNG files at `paths`, in that order, as uint8 tensors, decoded in parallel on all cores; the same tensors
/// as `paths.map { tensor(Image.open($0)) }`. Throws a ``DataError`` naming the first file that fails.
///
/// ```swift
/// let threes = try loadImages((path / "train" / "3").ls().sorted())
/// ```
public func loadImages(_ paths: [Path]) throws -> [Tensor] {
    let results = PNGImage.decodeAll(paths: paths.map(\.string))
    return try zip(paths, results).map { path, result in
        switch result {
        case .success(let png): try tensor(Image(png, path: path))
        case .failure(let error): throw DataError(path: path.string, reason: error.reason)
        }
    }
}
