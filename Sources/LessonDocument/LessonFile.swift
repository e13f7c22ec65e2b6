#if canImport(Darwin)
    import Darwin

    private let systemRead = Darwin.read
    private let systemWrite = Darwin.write
#elseif canImport(Glibc)
    import Glibc

    private let systemRead = Glibc.read
    private let systemWrite = Glibc.write
#endif

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

    /// The largest lesson file read: 64 MiB. A larger file is refused, as one that keeps growing would be.
    public static let sizeLimit = 64 << 20

    /// Reads a whole file, which must be a regular file (or a link to one) of at most `sizeLimit` bytes: a FIFO,
    /// a device (`/dev/zero`) or a folder is refused at once, never read.
    ///
    /// ```swift
    /// let bytes = try LessonFile.readBytes("lessons/pixels.md")
    /// ```
    public static func readBytes(_ path: String, sizeLimit: Int = sizeLimit) throws(LessonFileError) -> [UInt8] {
        try readVersioned(path, sizeLimit: sizeLimit).bytes
    }

    /// Reads a whole file as ``readBytes(_:sizeLimit:)`` does, with the version read, for
    /// ``write(bytes:to:replacing:)``.
    ///
    /// ```swift
    /// let (bytes, version) = try LessonFile.readVersioned("lessons/pixels.md")
    /// ```
    public static func readVersioned(
        _ path: String, sizeLimit: Int = sizeLimit
    ) throws(LessonFileError) -> (bytes: [UInt8], version: FileVersion) {
        // Opened without blocking, so that opening a FIFO does not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw LessonFileError(operation: "cannot read", path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw LessonFileError(operation: "cannot read", path: path, code: errno)
        }
        let kind = FileKind(status)
        guard kind == .regular else {
            let what = kind.map { " (\($0))" } ?? ""
            throw LessonFileError(operation: "cannot read", path: path, reason: "not a regular file\(what)")
        }
        guard Int(status.st_size) <= sizeLimit else { throw tooLarge(path, limit: sizeLimit) }
        let bytes = try readAll(descriptor, path: path, limit: sizeLimit)
        return (bytes, FileVersion(status: status, bytes: bytes))
    }

    /// Reads until the end of the file, or throws once more than `limit` bytes came (a file that grows).
    private static func readAll(_ descriptor: Int32, path: String, limit: Int) throws(LessonFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw LessonFileError(operation: "cannot read", path: path, code: errno) }
            if count == 0 { return bytes }
            bytes += chunk[..<count]
            if bytes.count > limit { throw tooLarge(path, limit: limit) }
        }
    }

    private static func tooLarge(_ path: String, limit: Int) -> LessonFileError {
        let size = limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        return LessonFileError(operation: "cannot read", path: path, reason: "larger than \(size)")
    }

    /// Replaces a file's contents atomically: writes a temporary file in the same folder, flushes it to disk,
    /// gives it the original's permissions (and owner, where allowed), then renames it over the original.
    /// Readers see the old file or the new one, never a half-written one; on failure the original is untouched
    /// and the temporary file removed (also when the process is interrupted, once ``InterruptCleanup`` is
    /// installed). A symbolic link is followed, so the file it points to is replaced. A read-only file (no write
    /// permission for anyone, or none for this process) is refused, as an editor would.
    ///
    /// ```swift
    /// try LessonFile.write(updatedText, to: "lessons/pixels.md")
    /// ```
    public static func write(_ text: String, to path: String) throws(LessonFileError) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Replaces a file's contents atomically with `bytes`; see ``write(_:to:)``. With `original`, the version
    /// that was read (``readVersioned(_:sizeLimit:)``), the file is only replaced while it is still that version:
    /// when it changed in the meantime, nothing is written and the error says so.
    ///
    /// ```swift
    /// try LessonFile.write(bytes: Array("# Notes\n".utf8), to: "notes.md")
    /// try LessonFile.write(bytes: newBytes, to: "notes.md", replacing: versionRead)
    /// ```
    public static func write(
        bytes: [UInt8], to path: String, replacing original: FileVersion? = nil
    ) throws(LessonFileError) {
        let target = resolvedPath(path)
        try checkWritable(target)
        let folder = folderPath(of: target)
        let (descriptor, temporary, slot) = try createTemporaryFile(in: folder, besides: fileName(of: target))
        defer { InterruptCleanup.forget(slot) }
        do throws(LessonFileError) {
            defer { close(descriptor) }
            try copyPermissions(from: target, to: descriptor)
            try writeAll(bytes, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else {
                throw LessonFileError(operation: "cannot flush", path: temporary, code: errno)
            }
            if let original { try checkUnchanged(target, since: original, shownAs: path) }
            guard rename(temporary, target) == 0 else {
                throw LessonFileError(operation: "cannot replace", path: target, code: errno)
            }
        } catch {
            unlink(temporary)
            throw error
        }
        syncFolder(folder)
    }

    /// Throws when the file exists and may not be written: no write permission bit set (which even the
    /// superuser, who may write anyway, should respect) or none for this process. `lesson update` asks before it
    /// runs a lesson, so that a long run does not end in a refusal.
    ///
    /// ```swift
    /// try LessonFile.checkWritable("lessons/pixels.md")   // cannot replace lessons/pixels.md: the file is read-only
    /// ```
    public static func checkWritable(_ path: String) throws(LessonFileError) {
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        if status.st_mode & 0o222 == 0 || access(path, W_OK) != 0 {
            throw LessonFileError(operation: "cannot replace", path: path, reason: "the file is read-only")
        }
    }

    /// Throws when the file at `path` is no longer the version `original` (another program changed, replaced or
    /// removed it since it was read).
    private static func checkUnchanged(
        _ path: String, since original: FileVersion, shownAs shownPath: String
    ) throws(LessonFileError) {
        let current = try? readVersioned(path, sizeLimit: max(original.size, sizeLimit))
        guard current?.version != original else { return }
        throw LessonFileError.changedSinceRead(shownPath)
    }

    /// A new hidden file next to the target, created with mode 0666 so that the umask applies as it would to
    /// any new file (no process-wide umask juggling, which would race with other threads). It is noted for
    /// ``InterruptCleanup`` before it exists, so that there is no moment when an interrupt would leave it behind;
    /// the slot is returned for forgetting it.
    private static func createTemporaryFile(
        in folder: String, besides name: String
    ) throws(LessonFileError) -> (descriptor: Int32, path: String, slot: Int?) {
        while true {
            let path = "\(folder)/.\(name).\(getpid())-\(UInt32.random(in: .min ... .max)).tmp"
            let slot = InterruptCleanup.remember(path)
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (descriptor, path, slot) }
            let code = errno
            InterruptCleanup.forget(slot)
            guard code == EEXIST else {
                throw LessonFileError(operation: "cannot create a temporary file in", path: folder, code: code)
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

    /// The file a symbolic link points to, with every link on the way resolved; any other path as given (so
    /// that messages name it as the caller did).
    private static func resolvedPath(_ path: String) -> String {
        guard FileKind(path: path, followingLinks: false) == .symbolicLink, let resolved = realpath(path, nil) else {
            return path
        }
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
