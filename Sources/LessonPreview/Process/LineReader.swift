/// Lines of text from a file descriptor (the JSON lines the preview's processes send each other), buffered so
/// that a line split across reads comes out whole.
///
/// ```swift
/// var reader = LineReader(descriptor: STDIN_FILENO)
/// while let line = try reader.nextLine() { handle(line) }   // nil: the writer closed the pipe
/// ```
struct LineReader {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private var ended = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// The next line (without its line break), reading as needed; `nil` at the end of the stream.
    mutating func nextLine() throws(FileDescriptor.Failure) -> [UInt8]? {
        while true {
            if let line = takeLine() { return line }
            guard try fill() else { return nil }
        }
    }

    /// Every line that can be had now: those already buffered, plus one read when the descriptor has input
    /// (reads go on while a line is incomplete, so that no line is left half read). `ended` tells whether the
    /// stream has ended.
    mutating func availableLines() throws(FileDescriptor.Failure) -> (lines: [[UInt8]], ended: Bool) {
        if !ended, try !FileDescriptor.waitForInput([descriptor], timeout: 0).isEmpty {
            _ = try fill()
        }
        while !ended, let last = buffer.last, last != UInt8(ascii: "\n") { _ = try fill() }
        var lines: [[UInt8]] = []
        while let line = takeLine() { lines.append(line) }
        return (lines, ended)
    }

    /// Reads once; `false` at the end of the stream.
    private mutating func fill() throws(FileDescriptor.Failure) -> Bool {
        let bytes = try FileDescriptor.read(from: descriptor)
        if bytes.isEmpty {
            ended = true
            return false
        }
        buffer += bytes
        return true
    }

    private mutating func takeLine() -> [UInt8]? {
        guard let end = buffer.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let line = Array(buffer[..<end])
        buffer.removeSubrange(...end)
        return line
    }
}
