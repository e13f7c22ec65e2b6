/// A value of the front matter's YAML subset.
enum YAMLValue: Equatable, Sendable {
    /// A plain, quoted or block scalar, unquoted and unescaped.
    case scalar(String)
    /// A flow (`{a: 1, b: 2}`) or one-level block mapping, with its raw text.
    case mapping([FrontMatter.Entry], raw: String)
    /// Anything else (sequences, nested mappings), kept as raw text.
    case other(String)

    /// The value as a front matter entry keeps it: a scalar's text, or the raw text of anything else.
    var text: String {
        switch self {
        case .scalar(let text), .mapping(_, raw: let text), .other(let text): text
        }
    }
}

/// A top-level `key: value` of the front matter.
struct YAMLEntry: Equatable, Sendable {
    var key: String
    var value: YAMLValue
    var location: SourceLocation
}

/// A syntax error at a 0-based byte offset of a line.
struct YAMLSyntaxError: Error {
    var message: String
    var line: Int
    var offset: Int
}

/// One line of YAML with its file line number.
struct YAMLLine: Sendable {
    var number: Int
    var bytes: [UInt8]

    var indentation: Int { bytes.prefix(while: isSpaceOrTab).count }
    var isBlank: Bool { indentation == bytes.count }
    var isComment: Bool { bytes.dropFirst(indentation).first == UInt8(ascii: "#") }
    var isSequenceItem: Bool { bytes == [UInt8(ascii: "-")] || bytes.starts(with: Array("- ".utf8)) }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
}

/// Reads the front matter's YAML subset: top-level `key: value` lines whose values are plain or quoted scalars,
/// flow mappings, block scalars (`|`, `>`), one-level block mappings, or anything else kept as raw text.
/// Each malformed entry becomes an error diagnostic and is skipped; the other entries are still read.
enum YAMLSubset {
    static func entries(of lines: [YAMLLine], diagnostics: inout [Diagnostic]) -> [YAMLEntry] {
        var entries: [YAMLEntry] = []
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isBlank || line.isComment { continue }
            var block: [YAMLLine] = []
            while index < lines.count,
                lines[index].isBlank || lines[index].indentation > 0 || lines[index].isSequenceItem
            {
                block.append(lines[index])
                index += 1
            }
            do {
                entries.append(try entry(line, block: block))
            } catch let error as YAMLSyntaxError {
                let location = SourceLocation(line: error.line, column: error.offset + 1)
                diagnostics.append(Diagnostic(.error, "front matter: \(error.message)", at: location))
            } catch {
                diagnostics.append(
                    Diagnostic(.error, "front matter: \(error)", at: SourceLocation(line: line.number, column: 1)))
            }
        }
        return entries
    }

    /// A top-level key line and the indented lines below it.
    private static func entry(_ line: YAMLLine, block: [YAMLLine]) throws -> YAMLEntry {
        guard line.indentation == 0 else {
            throw YAMLSyntaxError(
                message: "unexpected indentation; keys start at column 1", line: line.number, offset: 0)
        }
        let (key, afterColon) = try splitKey(line, from: 0, end: line.bytes.count)
        let valueStart = skipSpaces(line, from: afterColon)
        let valueEnd = try endOfValue(line, from: valueStart)
        let inlineLocation = SourceLocation(line: line.number, column: valueStart + 1)
        guard valueStart < valueEnd else {
            let first = block.first { !$0.isBlank && !$0.isComment }
            let location = first.map { SourceLocation(line: $0.number, column: $0.indentation + 1) } ?? inlineLocation
            return YAMLEntry(key: key, value: try blockValue(block), location: location)
        }
        let value = try inlineValue(line, from: valueStart, to: valueEnd, block: block)
        return YAMLEntry(key: key, value: value, location: inlineLocation)
    }

    /// A value that starts on the key's line.
    private static func inlineValue(
        _ line: YAMLLine, from start: Int, to end: Int, block: [YAMLLine]
    ) throws
        -> YAMLValue
    {
        let continuation = block.filter { !$0.isBlank && !$0.isComment }
        switch line.bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let (text, quoteEnd) = try quoted(line, at: start)
            guard quoteEnd == end else {
                throw YAMLSyntaxError(
                    message: "unexpected text after the quoted string", line: line.number, offset: quoteEnd)
            }
            if let next = continuation.first {
                throw YAMLSyntaxError(message: "a quoted string must end on its own line", line: next.number, offset: 0)
            }
            return .scalar(text)
        case UInt8(ascii: "{"):
            return try flowMapping(line, from: start, to: end)
        case UInt8(ascii: "["):
            return .other(
                ([line.text(start..<end)] + continuation.map { $0.text(0..<$0.bytes.count) }).joined(separator: "\n"))
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            let lines = dedented(block)
            let literal = line.bytes[start] == UInt8(ascii: "|")
            return .scalar(
                literal ? lines.joined(separator: "\n") : lines.filter { !$0.isEmpty }.joined(separator: " "))
        default:
            let folded = [line.text(start..<end)] + continuation.map { $0.text($0.indentation..<$0.bytes.count) }
            return .scalar(folded.joined(separator: " "))
        }
    }

    /// A value that starts on the lines below its key: a one-level block mapping, a plain scalar folded onto
    /// one line, or raw text (sequences, nested mappings).
    private static func blockValue(_ block: [YAMLLine]) throws -> YAMLValue {
        let content = block.filter { !$0.isBlank && !$0.isComment }
        guard let indentation = content.map(\.indentation).min() else { return .scalar("") }
        let raw = dedented(block).joined(separator: "\n")
        let isSequence = content.contains {
            YAMLLine(number: $0.number, bytes: Array($0.bytes.dropFirst(indentation))).isSequenceItem
        }
        guard !isSequence, content.allSatisfy({ $0.indentation == indentation }) else { return .other(raw) }
        guard content.allSatisfy({ looksLikeKeyValue($0, from: indentation) }) else {
            return .scalar(content.map { $0.text(indentation..<$0.bytes.count) }.joined(separator: " "))
        }
        var entries: [FrontMatter.Entry] = []
        for line in content {
            let (key, afterColon) = try splitKey(line, from: indentation, end: line.bytes.count)
            let start = skipSpaces(line, from: afterColon)
            let end = try endOfValue(line, from: start)
            let value = try scalar(line, from: start, to: end)
            let location = SourceLocation(line: line.number, column: start + 1)
            entries.append(FrontMatter.Entry(key: key, value: value, location: location))
        }
        return .mapping(entries, raw: raw)
    }

    /// Whether a line starts with a quoted key, or has a `:` followed by a space or the end of the line.
    private static func looksLikeKeyValue(_ line: YAMLLine, from start: Int) -> Bool {
        let bytes = line.bytes.dropFirst(start)
        guard bytes.first != UInt8(ascii: "\"") && bytes.first != UInt8(ascii: "'") else { return true }
        return zip(bytes.indices, bytes).contains { index, byte in
            byte == UInt8(ascii: ":") && (index + 1 == line.bytes.count || isSpaceOrTab(line.bytes[index + 1]))
        }
    }

    /// `{key: value, key: "value"}` on one line.
    private static func flowMapping(_ line: YAMLLine, from start: Int, to end: Int) throws -> YAMLValue {
        var entries: [FrontMatter.Entry] = []
        var index = start + 1
        while true {
            index = skipSpaces(line, from: index)
            guard index < end else {
                throw YAMLSyntaxError(
                    message: "unclosed `{`: a mapping must end with `}` on its line", line: line.number, offset: start)
            }
            if line.bytes[index] == UInt8(ascii: "}") {
                guard index + 1 == end else {
                    throw YAMLSyntaxError(message: "unexpected text after `}`", line: line.number, offset: index + 1)
                }
                return .mapping(entries, raw: line.text(start..<end))
            }
            let itemEnd = try endOfFlowItem(line, from: index, to: end)
            let (key, afterColon) = try splitKey(line, from: index, end: itemEnd)
            let valueStart = min(skipSpaces(line, from: afterColon), itemEnd)
            let valueEnd = valueStart + line.bytes[valueStart..<itemEnd].trimmingSpaces.count
            let value = try scalar(line, from: valueStart, to: valueEnd)
            entries.append(
                FrontMatter.Entry(
                    key: key, value: value, location: SourceLocation(line: line.number, column: valueStart + 1)))
            index = itemEnd < end && line.bytes[itemEnd] == UInt8(ascii: ",") ? itemEnd + 1 : itemEnd
        }
    }

    /// Where a flow mapping item ends: at the next `,` or `}` outside quotes.
    private static func endOfFlowItem(_ line: YAMLLine, from start: Int, to end: Int) throws -> Int {
        var index = start
        while index < end {
            switch line.bytes[index] {
            case UInt8(ascii: ","), UInt8(ascii: "}"): return index
            case UInt8(ascii: "\""),
                UInt8(ascii: "'") where opensQuote(line, at: index, from: start, inFlow: true):
                index = try quoted(line, at: index).end
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                throw YAMLSyntaxError(
                    message: "nested collections are not supported here", line: line.number, offset: index)
            default: index += 1
            }
        }
        return end
    }

    /// A scalar between `start` and `end`: quoted (and then nothing after it) or plain.
    private static func scalar(_ line: YAMLLine, from start: Int, to end: Int) throws -> String {
        guard start < end, line.bytes[start] == UInt8(ascii: "\"") || line.bytes[start] == UInt8(ascii: "'") else {
            return line.text(start..<end)
        }
        let (text, quoteEnd) = try quoted(line, at: start)
        guard quoteEnd == end else {
            throw YAMLSyntaxError(
                message: "unexpected text after the quoted string", line: line.number, offset: quoteEnd)
        }
        return text
    }

    /// `key:` followed by a space or the end: the key (unquoted) and the offset just past the colon.
    private static func splitKey(_ line: YAMLLine, from start: Int, end: Int) throws -> (String, Int) {
        let bytes = line.bytes
        if start < end, bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") {
            let (key, quoteEnd) = try quoted(line, at: start)
            let colon = skipSpaces(line, from: quoteEnd)
            guard colon < end, bytes[colon] == UInt8(ascii: ":") else {
                throw YAMLSyntaxError(message: "expected `:` after the key", line: line.number, offset: colon)
            }
            return (key, colon + 1)
        }
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: ":") && (index + 1 == end || isSpaceOrTab(bytes[index + 1])) {
                let key = String(decoding: bytes[start..<index].trimmingSpaces, as: UTF8.self)
                guard !key.isEmpty else { break }
                return (key, index + 1)
            }
            index += 1
        }
        throw YAMLSyntaxError(
            message: "expected `key: value` (with a space after `:`)", line: line.number, offset: start)
    }

    /// Where a value ends: before a ` #` comment outside quotes, trailing spaces dropped.
    private static func endOfValue(_ line: YAMLLine, from start: Int) throws -> Int {
        let bytes = line.bytes
        let isFlow = start < bytes.count && (bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "["))
        var index = start
        var end = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "#") where index == start || isSpaceOrTab(bytes[index - 1]):
                return end
            case UInt8(ascii: "\""),
                UInt8(ascii: "'") where opensQuote(line, at: index, from: start, inFlow: isFlow):
                index = try quoted(line, at: index).end
                end = index
            case let byte:
                index += 1
                if !isSpaceOrTab(byte) { end = index }
            }
        }
        return end
    }

    /// A double- or single-quoted string starting at `start`: its value and the offset just past it.
    static func quoted(_ line: YAMLLine, at start: Int) throws -> (text: String, end: Int) {
        let bytes = line.bytes
        let quote = bytes[start]
        var value: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == quote {
                guard quote == UInt8(ascii: "'"), index + 1 < bytes.count, bytes[index + 1] == quote else {
                    return (String(decoding: value, as: UTF8.self), index + 1)
                }
                value.append(quote)
                index += 2
            } else if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                let (escaped, length) = try escape(line, at: index)
                value += escaped
                index += length
            } else {
                value.append(byte)
                index += 1
            }
        }
        throw YAMLSyntaxError(message: "unterminated quoted string", line: line.number, offset: start)
    }

    /// A double-quoted string's escape sequence at `start` (the backslash): its UTF-8 bytes and its length.
    private static func escape(_ line: YAMLLine, at start: Int) throws -> ([UInt8], Int) {
        let bytes = line.bytes
        guard start + 1 < bytes.count else {
            throw YAMLSyntaxError(message: "unterminated quoted string", line: line.number, offset: start)
        }
        switch bytes[start + 1] {
        case UInt8(ascii: "n"): return ([UInt8(ascii: "\n")], 2)
        case UInt8(ascii: "t"): return ([UInt8(ascii: "\t")], 2)
        case UInt8(ascii: "r"): return ([UInt8(ascii: "\r")], 2)
        case UInt8(ascii: "0"): return ([0], 2)
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: " "):
            return ([bytes[start + 1]], 2)
        case UInt8(ascii: "u"):
            let hex = bytes.dropFirst(start + 2).prefix(4)
            if hex.count == 4, let code = UInt32(String(decoding: hex, as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(code)
            {
                return (Array(String(Character(scalar)).utf8), 6)
            }
        default: break
        }
        throw YAMLSyntaxError(
            message: "unsupported escape sequence in a quoted string", line: line.number, offset: start)
    }

    /// Whether a quote character at `index` starts a quoted string: at `start`, or in a flow collection after
    /// `{`, `[`, `,` or `:`. Elsewhere (`It's`) it is part of a plain scalar.
    private static func opensQuote(_ line: YAMLLine, at index: Int, from start: Int, inFlow: Bool) -> Bool {
        guard let previous = line.bytes[start..<index].last(where: { !isSpaceOrTab($0) }) else { return true }
        return inFlow && Array("{[,:".utf8).contains(previous)
    }

    private static func skipSpaces(_ line: YAMLLine, from start: Int) -> Int {
        start + line.bytes.dropFirst(start).prefix(while: isSpaceOrTab).count
    }

    /// The lines without their common indentation, blank lines empty, trailing blank lines dropped.
    private static func dedented(_ block: [YAMLLine]) -> [String] {
        let indentation = block.filter { !$0.isBlank }.map(\.indentation).min() ?? 0
        var lines = block.map { $0.isBlank ? "" : $0.text(indentation..<$0.bytes.count) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }
}
