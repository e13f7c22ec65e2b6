#if canImport(Darwin)
    import Darwin

    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#elseif canImport(Glibc)
    import Glibc

    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#endif

/// A failed file operation, with the path and the system's reason.
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
    /// The `errno` value the system reported.
    public let code: Int32

    /// `operation path: reason`.
    public var description: String { "\(operation) \(path): \(String(cString: strerror(code)))" }
}

/// Reading lesson files and writing them atomically.
///
/// ```swift
/// let lesson = try LessonFile.read("lessons/pixels.md")
/// try LessonFile.write(try lesson.rewritten(outputs: outputs), to: "lessons/pixels.md")
/// ```
public enum LessonFile {
    /// Reads and parses a lesson file.
    ///
    /// ```swift
    /// let lesson = try LessonFile.read("lessons/pixels.md")
    /// ```
    ///
    /// - Throws: ``LessonFileError`` when the file cannot be read, ``LessonError/invalidUTF8(offset:)`` when it
    ///   is not UTF-8.
    public static func read(_ path: String) throws -> Lesson {
        try Lesson(bytes: readBytes(path))
    }

    /// Reads a whole file.
    ///
    /// ```swift
    /// let bytes = try LessonFile.readBytes("lessons/pixels.md")
    /// ```
    public static func readBytes(_ path: String) throws(LessonFileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw LessonFileError(operation: "cannot read", path: path, code: errno) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw LessonFileError(operation: "cannot read", path: path, code: errno) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
        }
    }

    /// Replaces a file's contents atomically: writes a temporary file in the same folder, flushes it to disk,
    /// gives it the original's permissions (and owner, where allowed), then renames it over the original.
    /// Readers see the old file or the new one, never a half-written one; on failure the original is untouched
    /// and the temporary file removed. A symbolic link is followed, so the file it points to is replaced.
    ///
    /// ```swift
    /// try LessonFile.write(updatedText, to: "lessons/pixels.md")
    /// ```
    public static func write(_ text: String, to path: String) throws(LessonFileError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Replaces a file's contents atomically with `bytes`; see ``write(_:to:)``.
    ///
    /// ```swift
    /// try LessonFile.write(bytes: Array("# Notes\n".utf8), to: "notes.md")
    /// ```
    public static func write(bytes: [UInt8], to path: String) throws(LessonFileError) {
        let target = resolvedPath(path)
        let folder = folderPath(of: target)
        let (descriptor, temporary) = try createTemporaryFile(in: folder, besides: fileName(of: target))
        do throws(LessonFileError) {
            defer { close(descriptor) }
            try copyPermissions(from: target, to: descriptor)
            try writeAll(bytes, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else {
                throw LessonFileError(operation: "cannot flush", path: temporary, code: errno)
            }
            guard rename(temporary, target) == 0 else {
                throw LessonFileError(operation: "cannot replace", path: target, code: errno)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// A new hidden file next to the target, created with mode 0666 so that the umask applies as it would to
    /// any new file (no process-wide umask juggling, which would race with other threads).
    private static func createTemporaryFile(
        in folder: String, besides name: String
    ) throws(LessonFileError)
        -> (Int32, String)
    {
        while true {
            let path = "\(folder)/.\(name).\(getpid())-\(UInt32.random(in: .min ... .max)).tmp"
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, path) }
            guard errno == EEXIST else {
                throw LessonFileError(operation: "cannot create a temporary file in", path: folder, code: errno)
            }
        }
    }

    /// The existing file's mode, and its owner where permitted, for the new one.
    private static func copyPermissions(from path: String, to descriptor: Int32) throws(LessonFileError) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        _ = fchown(descriptor, status.st_uid, status.st_gid)
        guard fchmod(descriptor, status.st_mode & 0o7777) == 0 else {
            throw LessonFileError(operation: "cannot set permissions of", path: path, code: errno)
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(LessonFileError) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { systemWrite(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw LessonFileError(operation: "cannot write", path: path, code: errno) }
            written += count
        }
    }

    /// Flushes the folder entry of the rename; best effort, as some file systems refuse to sync folders.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// The path with symbolic links resolved, or as given when it does not exist yet.
    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func folderPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func fileName(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}
