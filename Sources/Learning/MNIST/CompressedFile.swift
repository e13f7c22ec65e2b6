import CZlib

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file read through zlib's gzip reader, which decompresses gzip files and passes other files through as they
/// are, so `x-idx3-ubyte` and `x-idx3-ubyte.gz` read alike. Failures are ``DataError``s naming the file.
final class CompressedFile {
    private let file: gzFile
    let path: String

    /// Opens `path` for reading.
    init(_ path: String) throws(DataError) {
        if Path(path).isDirectory { throw DataError(path: path, reason: "is a folder, not a file") }
        guard let file = gzopen(path, "rb") else {
            throw DataError(path: path, reason: "cannot read the file (\(String(cString: strerror(errno))))")
        }
        gzbuffer(file, 1 << 17)
        self.file = file
        self.path = path
    }

    deinit { gzclose(file) }

    /// Reads up to `count` bytes; fewer only at the end of the data. A damaged gzip stream (a bad checksum, or data
    /// ending inside the stream) throws. `afterChunk` is told the number of bytes read so far after each MiB.
    func read(_ count: Int, afterChunk: (Int) -> Void = { _ in }) throws(DataError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(count, 1 << 26))
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: min(count, chunkSize))
        while bytes.count < count {
            let wanted = min(count - bytes.count, chunkSize)
            let received = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32(wanted)) }
            if received < 0 { throw streamError() }
            bytes += chunk[..<Int(received)]
            afterChunk(bytes.count)
            if received < wanted {
                try checkEnd()
                break
            }
        }
        return bytes
    }

    /// Throws if the last read stopped because of an error rather than at the end of the data.
    private func checkEnd() throws(DataError) {
        var code: Int32 = Z_OK
        _ = gzerror(file, &code)
        if code != Z_OK { throw streamError() }
    }

    private func streamError() -> DataError {
        var code: Int32 = Z_OK
        // zlib's message reads "<path>: <reason>"; the error names the path already.
        let message = gzerror(file, &code).map { String(String(cString: $0).trimmingPrefix(path + ": ")) } ?? ""
        switch code {
        case Z_BUF_ERROR: return DataError(path: path, reason: "truncated gzip data (\(message))")
        case Z_ERRNO: return DataError(path: path, reason: "cannot read the file (\(String(cString: strerror(errno))))")
        default: return DataError(path: path, reason: "corrupt gzip data (\(message))")
        }
    }
}
