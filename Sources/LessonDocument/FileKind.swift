#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// What kind of file system entry a path is, as `stat` tells: only regular files are read as lessons.
///
/// ```swift
/// FileKind(path: "/dev/zero")   // .characterDevice ("a character device")
/// ```
public enum FileKind: String, Sendable, CustomStringConvertible {
    case regular = "a regular file"
    case folder = "a folder"
    case fifo = "a FIFO"
    case characterDevice = "a character device"
    case blockDevice = "a block device"
    case socket = "a socket"
    case symbolicLink = "a symbolic link"

    /// The kind `status` (from `stat`, `fstat` or `lstat`) describes; `nil` for one this does not know.
    public init?(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .folder
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        case S_IFLNK: self = .symbolicLink
        default: return nil
        }
    }

    /// The kind of what `path` names, following symbolic links (`followingLinks: false`: the link itself);
    /// `nil` when it cannot be examined.
    ///
    /// ```swift
    /// FileKind(path: "lessons")   // .folder
    /// ```
    public init?(path: String, followingLinks: Bool = true) {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        self.init(status)
    }

    /// `a FIFO`, `a folder`...
    public var description: String { rawValue }
}
