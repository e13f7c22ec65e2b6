import Dispatch

extension PNGImage {
    /// Decodes many files on all cores; the results are in the order of `paths`, each an image or the
    /// ``PNGError`` for that file, and are the same whatever the number of threads.
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
