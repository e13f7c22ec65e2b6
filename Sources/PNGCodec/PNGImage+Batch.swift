import Dispatch

extension PNGImage {
    /// Decodes many files on all cores (`DispatchQueue.concurrentPerform`, one file per iteration); the results
    /// are in the order of `paths`, each an image or the ``PNGError`` for that file, and do not depend on the
    /// number of threads. A cached 28 x 28 MNIST file costs about 15-25 µs of CPU (read and decode).
    ///
    /// ```swift
    /// let results = PNGImage.decodeAll(paths: ["a/1.png", "a/2.png"])
    /// let images = try results.map { try $0.get() }  // or report each failure and go on
    /// ```
    public static func decodeAll(paths: [String]) -> [Result<PNGImage, PNGError>] {
        [Result<PNGImage, PNGError>](unsafeUninitializedCapacity: paths.count) { buffer, initialized in
            guard let results = buffer.baseAddress else { return }
            DispatchQueue.concurrentPerform(iterations: paths.count) { index in
                let result = Result { () throws(PNGError) in try PNGImage(contentsOfFile: paths[index]) }
                (results + index).initialize(to: result)
            }
            initialized = paths.count
        }
    }
}
