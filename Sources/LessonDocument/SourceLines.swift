/// One line of a file, as offsets into the file's bytes.
struct LineSpan: Equatable, Sendable {
    /// Offset of the line's first byte.
    var start: Int
    /// Offset just past the content, where the terminator (if any) begins.
    var contentEnd: Int
    /// How the line ends; `nil` for a last line without a terminator.
    var ending: LineEnding?

    /// Offset just past the terminator.
    var end: Int { contentEnd + (ending?.bytes.count ?? 0) }
}

/// A file's bytes split into lines that keep their endings (LF, CRLF, lone CR, or none at the end of the file),
/// numbered from 1 the way editors and libcmark count them. A UTF-8 byte order mark is not part of line 1.
struct SourceLines: Sendable {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    let bytes: [UInt8]
    let spans: [LineSpan]
    let hasByteOrderMark: Bool

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        hasByteOrderMark = bytes.starts(with: Self.byteOrderMark)
        var spans: [LineSpan] = []
        var start = hasByteOrderMark ? Self.byteOrderMark.count : 0
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                spans.append(LineSpan(start: start, contentEnd: index, ending: .lf))
                index += 1
                start = index
            case UInt8(ascii: "\r"):
                let isCRLF = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n")
                spans.append(LineSpan(start: start, contentEnd: index, ending: isCRLF ? .crlf : .cr))
                index += isCRLF ? 2 : 1
                start = index
            default:
                index += 1
            }
        }
        if start < bytes.count {
            spans.append(LineSpan(start: start, contentEnd: bytes.count, ending: nil))
        }
        self.spans = spans
    }

    /// The number of lines; a file ending with a line terminator has no extra empty line.
    var count: Int { spans.count }

    /// The span of a 1-based line number, or `nil` when out of range.
    func span(_ line: Int) -> LineSpan? {
        line >= 1 && line <= spans.count ? spans[line - 1] : nil
    }

    /// The content bytes of a 1-based line (without its terminator); empty when out of range.
    func content(_ line: Int) -> ArraySlice<UInt8> {
        guard let span = span(line) else { return [] }
        return bytes[span.start..<span.contentEnd]
    }

    /// The ending used by most lines; LF when the file has no line endings or on a tie.
    var dominantEnding: LineEnding {
        var counts: [LineEnding: Int] = [:]
        for span in spans {
            if let ending = span.ending { counts[ending, default: 0] += 1 }
        }
        let lf = counts[.lf] ?? 0
        let crlf = counts[.crlf] ?? 0
        let cr = counts[.cr] ?? 0
        if crlf > lf && crlf >= cr { return .crlf }
        if cr > lf && cr > crlf { return .cr }
        return .lf
    }

    /// Whether a 1-based line holds only spaces, tabs and block-quote markers (a blank line inside any container).
    func isBlank(_ line: Int) -> Bool {
        content(line).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: ">") }
    }
}
