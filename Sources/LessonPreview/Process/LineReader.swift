/// Lines of text from a file descriptor (the JSON lines the preview's processes send each other), buffered so
/// that a line split across reads comes out whole. Lines end with a line break, or with another `separator`
/// (Chromium's DevTools pipe ends its messages with NUL).
///
/// ```swift
/// var reader = LineReader(descriptor: STDIN_FILENO)
/// while let line = try reader.nextLine() { handle(line) }   // nil: the writer closed the pipe
/// ```
struct LineReader {
    let descriptor: Int32
    let separator: UInt8
    private var buffer: [UInt8] = []
    private var ended = false

    init(descriptor: Int32, separator: UInt8 = UInt8(ascii: "\n")) {
        self.descriptor = descriptor
        self.separator = separator
    }

    /// The next line (without its separator), reading as needed; `nil` at the end of the stream, or when
    /// `timeout` (milliseconds; -1: none) passes with no input.
    mutating func nextLine(timeout: Int32 = -1) throws(FileDescriptor.Failure) -> [UInt8]? {
        while true {
            if let line = takeLine() { return line }
            if timeout >= 0, try FileDescriptor.waitForInput([descriptor], timeout: timeout).isEmpty { return nil }
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
        while !ended, let last = buffer.last, last != separator { _ = try fill() }
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
        guard let end = buffer.firstIndex(of: separator) else { return nil }
        let line = Array(buffer[..<end])
        buffer.removeSubrange(...end)
        return line
    }
}
