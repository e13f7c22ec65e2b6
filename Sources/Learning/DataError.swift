/// Why a data set, a folder or a file could not be loaded. The description names the file or folder, so a lesson
/// that fails on bad data says where to look.
///
/// ```swift
/// do {
///     _ = try loadMNIST("data/train-images-idx3-ubyte.gz")
/// } catch {
///     print(error)  // data/train-images-idx3-ubyte.gz: bad magic number 2049 (an IDX image file has 2051)
/// }
/// ```
public struct DataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file or folder concerned.
    ///
    /// ```swift
    /// error.path  // "data/train-images-idx3-ubyte.gz"
    /// ```
    public let path: String

    /// What went wrong, without the path.
    ///
    /// ```swift
    /// error.reason  // "truncated: the header announces 7840 bytes of data, the file has 100"
    /// ```
    public let reason: String

    /// An error about `path`.
    ///
    /// ```swift
    /// let error = DataError(path: "x.png", reason: "not a PNG file")
    /// ```
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `path: reason`.
    ///
    /// ```swift
    /// DataError(path: "x.png", reason: "not a PNG file").description  // "x.png: not a PNG file"
    /// ```
    public var description: String { "\(path): \(reason)" }
}
