import CArchive
import Foundation
import Glibc
import Learning

/// Small archives written by libarchive for the extraction tests, in a temporary folder of their own, with
/// entries a real archiver would refuse to write (absolute paths, `..`, links out of the tree).
struct TestArchive {
    /// One entry: a file with its bytes, a folder, or a link.
    enum Entry {
        case file(String, [UInt8])
        case folder(String)
        case symlink(String, target: String)
        case hardLink(String, target: String)
        case fifo(String)
    }

    /// A fresh temporary folder, removed by ``remove()``.
    let folder: Path

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        folder = Path(url.path)
    }

    /// Writes `entries` as a gzip'd tar (pax) file named `name` in ``folder``; returns its path.
    @discardableResult
    func write(_ name: String, _ entries: [Entry]) throws -> Path {
        let path = folder / name
        let writer = archive_write_new()
        defer { archive_write_free(writer) }
        archive_write_add_filter_gzip(writer)
        archive_write_set_format_pax_restricted(writer)
        guard archive_write_open_filename(writer, path.string) == ARCHIVE_OK else { throw Failure("cannot open") }
        for item in entries {
            let entry = archive_entry_new()
            defer { archive_entry_free(entry) }
            var data: [UInt8] = []
            switch item {
            case .file(let name, let bytes):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, Glibc.S_IFREG)
                data = bytes
            case .folder(let name):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, Glibc.S_IFDIR)
            case .symlink(let name, let target):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, Glibc.S_IFLNK)
                archive_entry_set_symlink(entry, target)
            case .hardLink(let name, let target):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, Glibc.S_IFREG)
                archive_entry_set_hardlink(entry, target)
            case .fifo(let name):
                archive_entry_set_pathname(entry, name)
                archive_entry_set_filetype(entry, Glibc.S_IFIFO)
            }
            archive_entry_set_perm(entry, 0o755)
            archive_entry_set_size(entry, la_int64_t(data.count))
            guard archive_write_header(writer, entry) == ARCHIVE_OK else { throw Failure("cannot write a header") }
            if !data.isEmpty { _ = data.withUnsafeBytes { archive_write_data(writer, $0.baseAddress, $0.count) } }
        }
        guard archive_write_close(writer) == ARCHIVE_OK else { throw Failure("cannot close") }
        return path
    }

    /// Writes `bytes` as the file `name` in ``folder``; returns its path.
    @discardableResult
    func writeFile(_ name: String, _ bytes: [UInt8]) throws -> Path {
        let path = folder / name
        try Data(bytes).write(to: URL(fileURLWithPath: path.string))
        return path
    }

    /// The bytes of the file at `path`.
    func bytes(of path: Path) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: path.string)))
    }

    /// Removes the folder and everything in it.
    func remove() {
        try? FileManager.default.removeItem(atPath: folder.string)
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
