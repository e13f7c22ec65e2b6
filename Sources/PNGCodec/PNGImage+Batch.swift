import Dispatch

extension PNGImage {
    /// Decodes many files on all cores, one file per iteration of `concurrently` (by default
    /// `DispatchQueue.concurrentPerform`; a caller with threads of its own passes its loop, as the tensor library
    /// does); the results are in the order of `paths`, each an image or the ``PNGError`` for that file, and do not
    /// depend on the number of threads. A cached 28 x 28 MNIST file costs about 15-25 µs of CPU (read and decode).
    ///
    /// ```swift
    /// let results = PNGImage.decodeAll(paths: ["a/1.png", "a/2.png"])
    /// let images = try results.map { try $0.get() }  // or report each failure and go on
    /// let same = PNGImage.decodeAll(paths: ["a/1.png"], concurrently: Parallelism.concurrentPerform)
    /// ```
    public static func decodeAll(
        paths: [String],
        concurrently: (Int, (Int) -> Void) -> Void = { DispatchQueue.concurrentPerform(iterations: $0, execute: $1) }
    ) -> [Result<PNGImage, PNGError>] {
        [Result<PNGImage, PNGError>](unsafeUninitializedCapacity: paths.count) { buffer, initialized in
            guard let results = buffer.baseAddress else { return }
            concurrently(paths.count) { index in
                let result = Result { () throws(PNGError) in try PNGImage(contentsOfFile: paths[index]) }
                (results + index).initialize(to: result)
            }
            initialized = paths.count
        }
    }
}
