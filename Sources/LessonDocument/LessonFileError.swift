#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// A failed file operation, with the path and the reason.
///
/// ```swift
/// do { try LessonFile.write("x", to: "/no/such/folder/x.md") } catch { print(error) }
/// // cannot create a temporary file in /no/such/folder: No such file or directory
/// ```
public struct LessonFileError: Error, Equatable, CustomStringConvertible {
    /// What was being done, e.g. `cannot read`.
    public let operation: String
    /// The file or folder concerned.
    public let path: String
    /// Why: the system's reason (`Permission denied`) or the file's (`not a regular file (a FIFO)`).
    public let reason: String

    /// An error with the system's reason for `code`, an `errno` value.
    ///
    /// ```swift
    /// LessonFileError(operation: "cannot read", path: "x.md", code: ENOENT).reason  // "No such file or directory"
    /// ```
    public init(operation: String, path: String, code: Int32) {
        self.init(operation: operation, path: path, reason: String(cString: strerror(code)))
    }

    /// An error with a reason of its own.
    ///
    /// ```swift
    /// LessonFileError(operation: "cannot read", path: "x.md", reason: "not a regular file (a FIFO)")
    /// ```
    public init(operation: String, path: String, reason: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
    }

    /// The error of a write that did not replace a file because it changed after it was read (see
    /// ``LessonFile/write(bytes:to:replacing:)``).
    static func changedSinceRead(_ path: String) -> LessonFileError {
        LessonFileError(operation: "did not replace", path: path, reason: changedReason)
    }

    private static let changedReason = "the file changed after it was read; nothing was written"

    /// Whether a write refused to replace the file because it changed after it was read.
    ///
    /// ```swift
    /// catch let error where error.isChangedSinceRead { print("run it again") }
    /// ```
    public var isChangedSinceRead: Bool { reason == Self.changedReason }

    /// `operation path: reason`.
    public var description: String { "\(operation) \(path): \(reason)" }
}
