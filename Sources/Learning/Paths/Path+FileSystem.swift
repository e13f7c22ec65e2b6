#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Path {
    /// Whether something exists at this path (a file, a folder, or what a symbolic link points to).
    ///
    /// ```swift
    /// (path / "train").exists  // true
    /// ```
    public var exists: Bool {
        var info = stat()
        return stat(string, &info) == 0
    }

    /// Whether this path is a folder (or a symbolic link to one).
    ///
    /// ```swift
    /// (path / "train").isDirectory  // true
    /// ```
    public var isDirectory: Bool {
        var info = stat()
        return stat(string, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether this path is itself a symbolic link (whatever it points to, if anything).
    ///
    /// ```swift
    /// Path("/data/latest").isSymbolicLink  // true for a link
    /// ```
    public var isSymbolicLink: Bool {
        var info = stat()
        return lstat(string, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// The entries of this folder, SORTED by name (fast.ai's `ls()` gives the file system's order, which differs
    /// between machines; sorting keeps lessons deterministic). Every entry but `.` and `..` is listed, hidden
    /// ones too, as `pathlib` lists them. The entries keep this path's ``root``.
    ///
    /// Throws a ``DataError`` naming the path when it is missing, not a folder, or unreadable.
    ///
    /// ```swift
    /// try path.ls()                                 // [Path('train'), Path('valid')]
    /// try (path / "train" / "3").ls().prefix(2)     // [Path('train/3/10.png'), Path('train/3/10000.png')]
    /// ```
    public func ls() throws(DataError) -> [Path] {
        guard let directory = opendir(string) else {
            let reason = errno == ENOENT ? "no such folder" : errno == ENOTDIR ? "not a folder" : systemReason()
            throw DataError(path: string, reason: reason)
        }
        defer { closedir(directory) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(directory) else {
                if errno != 0 { throw DataError(path: string, reason: systemReason()) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.map { Path(components: components + [$0], isAbsolute: isAbsolute, root: root) }.sorted()
    }

    private func systemReason() -> String {
        "cannot read the folder (\(String(cString: strerror(errno))))"
    }
}
