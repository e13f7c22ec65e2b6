#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// What identifies one version of a file: its file system identity (device and inode), size, modification time
/// and a hash of its contents. `lesson update` compares the version it read with the file's version just before
/// replacing it, so that edits made while it ran (an editor that saves, even by renaming a new file into place)
/// are never overwritten.
///
/// ```swift
/// let (bytes, version) = try LessonFile.readVersioned("lessons/x.md")
/// try LessonFile.write(newText, to: "lessons/x.md", replacing: version)   // refuses if the file changed
/// ```
public struct FileVersion: Sendable, Hashable {
    /// The device and inode: a file saved by renaming a new one into place has another inode.
    let device: UInt64
    let inode: UInt64
    /// The size in bytes.
    public let size: Int
    /// The modification time, in seconds and nanoseconds since 1970.
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int
    /// A 64-bit FNV-1a hash of the contents.
    public let contentHash: UInt64

    /// The version of the open file `status` describes, whose contents are `bytes`.
    init(status: stat, bytes: [UInt8]) {
        device = UInt64(truncatingIfNeeded: status.st_dev)
        inode = UInt64(truncatingIfNeeded: status.st_ino)
        size = Int(status.st_size)
        #if canImport(Darwin)
            (modifiedSeconds, modifiedNanoseconds) = (Int(status.st_mtimespec.tv_sec), status.st_mtimespec.tv_nsec)
        #else
            (modifiedSeconds, modifiedNanoseconds) = (Int(status.st_mtim.tv_sec), status.st_mtim.tv_nsec)
        #endif
        contentHash = Self.hash(bytes)
    }

    /// FNV-1a over the bytes: cheap, and any edit a person makes changes it (it guards against accidents, not
    /// attacks; size and time are compared too).
    static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return hash
    }
}
