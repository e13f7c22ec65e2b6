/// An unsigned-byte array in the IDX format of the MNIST files: a big-endian magic number (`0x0000_08_NN`:
/// unsigned bytes, `NN` dimensions), `NN` big-endian 32-bit sizes, then the bytes in row-major order.
/// The images files have 3 dimensions (magic 2051), the labels files 1 (magic 2049).
struct IDXFile {
    /// The magic number of an images file: unsigned bytes, 3 dimensions.
    static let imagesMagic = 2051
    /// The magic number of a labels file: unsigned bytes, 1 dimension.
    static let labelsMagic = 2049

    let path: String
    let shape: [Int]
    let bytes: [UInt8]

    /// Reads the IDX file at `path` (gzip or not), which must start with `magic`; checks that the data is exactly
    /// as long as the header says. Reports the items read (images, labels) to `progress` (`loading <file name>`).
    init(contentsOf path: String, magic: Int, progress: (any ProgressReporter)? = nil) throws(DataError) {
        let file = try CompressedFile(path)
        let header = try file.read(4)
        guard header.count == 4 else {
            throw DataError(path: path, reason: "truncated: \(header.count) bytes, too short for an IDX header")
        }
        let found = Self.bigEndian(header[...])
        guard found == magic else {
            // Another file's first bytes are not shown: the file may be anything, and its bytes are its own.
            let kinds = [Self.imagesMagic: "an images file", Self.labelsMagic: "a labels file"]
            let expected = "expected \(magic) (\(kinds[magic] ?? "IDX"))"
            guard let other = kinds[found] else {
                throw DataError(path: path, reason: "not an IDX file (no IDX magic number); \(expected)")
            }
            throw DataError(path: path, reason: "bad magic number \(found) (that of \(other)); \(expected)")
        }
        let dimensions = magic & 0xFF
        let sizes = try file.read(4 * dimensions)
        guard sizes.count == 4 * dimensions else {
            throw DataError(
                path: path, reason: "truncated: the header ends inside the sizes of \(dimensions) dimensions")
        }
        let shape = (0..<dimensions).map { Self.bigEndian(sizes[(4 * $0)..<(4 * $0 + 4)]) }
        var count = 1
        for size in shape {
            let (product, overflow) = count.multipliedReportingOverflow(by: size)
            guard !overflow else { throw DataError(path: path, reason: "the sizes \(shape) are too large") }
            count = product
        }
        let items = shape.first ?? 0
        progress?.start("loading \(Path(path).name)", total: items)
        defer { progress?.finish() }
        let itemSize = max(1, count / max(1, items))
        let bytes = try file.read(count) { progress?.update($0 / itemSize) }
        guard bytes.count == count else {
            throw DataError(
                path: path,
                reason: "truncated: the header announces \(count) bytes of data (\(Self.shapeText(shape))), "
                    + "the file holds \(bytes.count)")
        }
        guard try file.read(1).isEmpty else {
            throw DataError(path: path, reason: "more data than the header announces (\(Self.shapeText(shape)))")
        }
        self.path = path
        self.shape = shape
        self.bytes = bytes
    }

    private static func bigEndian(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 << 8 | Int($1) }
    }

    private static func shapeText(_ shape: [Int]) -> String {
        shape.map(String.init).joined(separator: " x ")
    }
}
