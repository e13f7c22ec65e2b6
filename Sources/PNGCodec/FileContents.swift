#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with POSIX calls, so a failure can say why (`strerror`) without Foundation's wording.
enum FileContents {
    static func bytes(atPath path: String) throws(PNGError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure() }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw failure() }
        // One spare byte, so a file that grew since fstat is noticed and read to its end.
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let received = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if received == 0 { break }
            if received < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            count += received
        }
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    private static func failure() -> PNGError {
        PNGError(.unreadableFile, "cannot read the file (\(String(cString: strerror(errno))))")
    }
}
