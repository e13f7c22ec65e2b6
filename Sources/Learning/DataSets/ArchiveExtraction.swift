import CArchive

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Extracts the archive at `archive` (a tar file, gzip'd or not, or a zip: what libarchive reads) into the
/// existing empty folder `folder`, and returns the number of regular files written.
///
/// Only entries that stay inside `folder` are written; the whole extraction fails at the first entry that would
/// not (see ``ArchiveEntryName``): an absolute path, a `..` component, a symbolic link that does not point down
/// into its own folder, a hard link to a name outside the archive, or a device, FIFO or socket. A corrupt or
/// truncated archive fails too, naming the entry being read. A failure leaves whatever was written in `folder`:
/// the caller extracts into a temporary folder and trusts it only when this returns.
///
/// `progress` hears the compressed bytes read (`extracting mnist_png.tgz`); `afterEntry` runs after each entry
/// with the number of entries written so far, and may throw to stop the extraction (the tests use it to
/// interrupt one).
///
/// ```swift
/// let files = try extractArchive(Path("/data/mnist_png.tgz"), into: Path("/cache/.partial"))  // 70000
/// ```
public func extractArchive(
    _ archive: Path, into folder: Path, progress: (any ProgressReporter)? = nil,
    afterEntry: (Int) throws -> Void = { _ in }
) throws -> Int {
    guard let reader = archive_read_new() else { throw DataError(path: archive.string, reason: "out of memory") }
    defer { archive_read_free(reader) }
    archive_read_support_filter_all(reader)
    archive_read_support_format_all(reader)
    guard let writer = archive_write_disk_new() else {
        throw DataError(path: archive.string, reason: "out of memory")
    }
    defer { archive_write_free(writer) }
    // Names are checked before they reach the writer; the writer refuses `..` again as a second line of defence.
    // Owners and permissions from the archive are not restored: files get the user's own, under the umask.
    archive_write_disk_set_options(writer, ARCHIVE_EXTRACT_TIME | ARCHIVE_EXTRACT_SECURE_NODOTDOT)

    let size = (try? fileSize(archive)) ?? 0
    progress?.start("extracting \(archive.name)", total: max(size, 1))
    defer { progress?.finish() }
    guard archive_read_open_filename(reader, archive.string, 1 << 16) == ARCHIVE_OK else {
        throw DataError(path: archive.string, reason: "cannot open the archive: \(message(of: reader))")
    }
    var files = 0
    var entries = 0
    var lastName: String?
    while true {
        var entry: OpaquePointer?
        let status = archive_read_next_header(reader, &entry)
        if status == ARCHIVE_EOF { break }
        guard status == ARCHIVE_OK || status == ARCHIVE_WARN, let entry else {
            throw corrupt(archive, reader, after: lastName)
        }
        let name = try ArchiveEntryName(entry, in: archive)
        lastName = name.text
        archive_entry_set_pathname(entry, (folder / name.text).string)
        if let target = name.hardLinkTarget { archive_entry_set_hardlink(entry, (folder / target).string) }
        guard archive_write_header(writer, entry) >= ARCHIVE_WARN else {
            throw DataError(path: archive.string, reason: "cannot write '\(name.text)': \(message(of: writer))")
        }
        if name.isRegularFile && archive_entry_size(entry) > 0 {
            try copyData(of: name.text, from: reader, to: writer, archive: archive)
            files += 1
        } else if name.isRegularFile {
            files += 1
        }
        guard archive_write_finish_entry(writer) >= ARCHIVE_WARN else {
            throw DataError(path: archive.string, reason: "cannot write '\(name.text)': \(message(of: writer))")
        }
        entries += 1
        progress?.update(Int(archive_filter_bytes(reader, -1)))
        try afterEntry(entries)
    }
    guard archive_write_close(writer) >= ARCHIVE_WARN else {
        throw DataError(path: archive.string, reason: "cannot finish writing: \(message(of: writer))")
    }
    guard files > 0 else { throw DataError(path: archive.string, reason: "the archive holds no files") }
    return files
}

/// Copies the current entry's data, block by block, keeping holes as libarchive reports them.
private func copyData(
    of name: String, from reader: OpaquePointer, to writer: OpaquePointer, archive: Path
) throws {
    var buffer: UnsafeRawPointer?
    var size = 0
    var offset: la_int64_t = 0
    while true {
        let status = archive_read_data_block(reader, &buffer, &size, &offset)
        if status == ARCHIVE_EOF { return }
        guard status >= ARCHIVE_WARN else { throw corrupt(archive, reader, reading: name) }
        guard archive_write_data_block(writer, buffer, size, offset) >= ARCHIVE_WARN else {
            throw DataError(path: archive.string, reason: "cannot write '\(name)': \(message(of: writer))")
        }
    }
}

/// The error for a read failure: libarchive's message and where in the archive it happened.
private func corrupt(
    _ archive: Path, _ reader: OpaquePointer, reading name: String? = nil, after previous: String? = nil
)
    -> DataError
{
    let place =
        if let name { " while reading '\(name)'" } else if let previous { " after '\(previous)'" } else {
            " at its start"
        }
    return DataError(
        path: archive.string, reason: "corrupt or truncated archive\(place): \(message(of: reader))")
}

/// libarchive's description of the last error on `archive`.
private func message(of archive: OpaquePointer) -> String {
    archive_error_string(archive).map { String(cString: $0) } ?? "unknown error"
}

/// The size in bytes of the file at `path`.
func fileSize(_ path: Path) throws(DataError) -> Int {
    var info = stat()
    guard stat(path.string, &info) == 0 else {
        throw DataError(path: path.string, reason: String(cString: strerror(errno)))
    }
    return Int(info.st_size)
}

/// An archive entry's name, checked to stay inside the extraction folder, and what kind of entry it is.
///
/// ```swift
/// let name = try ArchiveEntryName(entry, in: archive)   // throws for "../etc/passwd"
/// name.text                                            // "mnist_png/training/3/10.png"
/// ```
struct ArchiveEntryName {
    /// The entry's path inside the archive, normalised (no `.` components, no trailing slash).
    let text: String
    /// Whether the entry is a regular file.
    let isRegularFile: Bool
    /// The normalised name that a hard link points to, if the entry is one.
    let hardLinkTarget: String?

    /// Checks the entry: its path, and a link's target.
    init(_ entry: OpaquePointer, in archive: Path) throws(DataError) {
        let raw = archive_entry_pathname(entry).map { String(cString: $0) } ?? ""
        text = try Self.checked(raw, in: archive, what: "entry")
        // libarchive's AE_IF* file types are the POSIX S_IF* values (its cast macros do not reach Swift).
        let type = archive_entry_filetype(entry)
        if let hardLink = archive_entry_hardlink(entry) {
            // A hard link is one more name of a file extracted before it.
            hardLinkTarget = try Self.checked(String(cString: hardLink), in: archive, what: "hard link target")
            isRegularFile = true
            return
        }
        isRegularFile = type == S_IFREG
        hardLinkTarget = nil
        switch type {
        case S_IFREG, S_IFDIR: return
        case S_IFLNK:
            let target = archive_entry_symlink(entry).map { String(cString: $0) } ?? ""
            try Self.checkSymlink(raw, target: target, in: archive)
        default:
            throw DataError(
                path: archive.string, reason: "unsafe entry '\(raw)': only files, folders and links can be extracted")
        }
    }

    /// `raw` without `.` components and empty ones; an error for an empty, absolute or `..` path.
    static func checked(_ raw: String, in archive: Path, what: String) throws(DataError) -> String {
        let components = raw.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        if raw.hasPrefix("/") {
            throw DataError(path: archive.string, reason: "unsafe \(what) '\(raw)': absolute paths are not extracted")
        }
        if components.contains("..") {
            throw DataError(
                path: archive.string, reason: "unsafe \(what) '\(raw)': paths with '..' are not extracted")
        }
        if components.isEmpty { throw DataError(path: archive.string, reason: "unsafe \(what) '\(raw)': empty path") }
        return components.joined(separator: "/")
    }

    /// A symbolic link must point down into its own folder (a relative target without `..`): then every link,
    /// and every path through links, stays inside the extracted tree, whatever the links point to.
    static func checkSymlink(_ raw: String, target: String, in archive: Path) throws(DataError) {
        let components = target.split(separator: "/")
        guard !target.isEmpty, !target.hasPrefix("/"), !components.contains("..") else {
            throw DataError(
                path: archive.string,
                reason: "unsafe symbolic link '\(raw)' -> '\(target)': a link must point down into its own folder")
        }
    }
}
