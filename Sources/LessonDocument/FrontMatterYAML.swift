import Yams

/// A value of the front matter, as the runner reads it.
enum YAMLValue: Equatable, Sendable {
    /// A scalar's text (unquoted and unescaped; `""` for null).
    case scalar(String)
    /// A mapping's entries in order, and its YAML text.
    case mapping([YAMLEntry], text: String)
    /// A sequence's YAML text.
    case sequence(text: String)

    /// The value as a front matter entry keeps it: a scalar's text, or a collection's YAML.
    var text: String {
        switch self {
        case .scalar(let text), .mapping(_, let text), .sequence(let text): text
        }
    }
}

/// A `key: value` of the front matter.
struct YAMLEntry: Equatable, Sendable {
    var key: String
    var value: YAMLValue
    /// Where the value starts in the file.
    var location: SourceLocation
}

/// One line of YAML with its file line number.
struct YAMLLine: Sendable {
    var number: Int
    var bytes: [UInt8]

    /// Whether the line starts a top-level entry: not blank, not indented, not a comment nor a `- ` item.
    var startsEntry: Bool {
        let isBlank = bytes.allSatisfy(isSpaceOrTab)
        let isSequenceItem = bytes == [UInt8(ascii: "-")] || bytes.starts(with: Array("- ".utf8))
        return !isBlank && !isSpaceOrTab(bytes[0]) && bytes[0] != UInt8(ascii: "#") && !isSequenceItem
    }
}

/// Reads the front matter's YAML with Yams: a mapping whose entries are kept in order, each with where its value
/// is. When the whole does not parse, each top-level entry (a line at column 1 and the indented lines below it) is
/// read on its own, so that one bad line costs only its own entry and each problem is reported where it is.
enum FrontMatterYAML {
    /// A problem at a place in the file.
    struct Problem: Error {
        var message: String
        var location: SourceLocation
        var isDuplicateKey = false
    }

    /// The top-level entries in file order; each problem becomes an error diagnostic at its place.
    static func entries(of lines: [YAMLLine], diagnostics: inout [Diagnostic]) -> [YAMLEntry] {
        let whole: Problem
        do {
            return try entries(ofDocument: lines)
        } catch {
            whole = error
        }
        var entries: [YAMLEntry] = []
        var problems: [Problem] = []
        for chunk in topLevelEntries(of: lines) {
            do {
                entries += try Self.entries(ofDocument: chunk)
            } catch {
                problems.append(error)
            }
        }
        // Entries that parse one by one but not together: a repeated key (which ``FrontMatter`` warns about) or
        // a structure across entries, reported as a whole.
        if problems.isEmpty && !whole.isDuplicateKey { problems = [whole] }
        for problem in problems {
            diagnostics.append(Diagnostic(.error, "front matter: \(problem.message)", at: problem.location))
        }
        return entries
    }

    /// The entries of YAML lines that must form one mapping (or nothing).
    private static func entries(ofDocument lines: [YAMLLine]) throws(Problem) -> [YAMLEntry] {
        let yaml = lines.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw problem(error, yaml: yaml, lines: lines)
        } catch {
            throw Problem(message: "\(error)", location: location(of: nil, in: lines))
        }
        switch root {
        case nil: return []
        case .mapping(let mapping)?: return try entries(of: mapping, lines: lines)
        case let node?:
            throw Problem(
                message: "expected `key: value` (with a space after `:`)", location: location(of: node.mark, in: lines))
        }
    }

    private static func entries(of mapping: Node.Mapping, lines: [YAMLLine]) throws(Problem) -> [YAMLEntry] {
        var entries: [YAMLEntry] = []
        for (key, value) in mapping {
            guard case .scalar(let keyText) = key else {
                throw Problem(message: "a key must be text", location: location(of: key.mark, in: lines))
            }
            entries.append(
                YAMLEntry(
                    key: keyText.string, value: try self.value(of: value, lines: lines),
                    location: location(of: value.mark, in: lines)))
        }
        return entries
    }

    private static func value(of node: Node, lines: [YAMLLine]) throws(Problem) -> YAMLValue {
        switch node {
        case .scalar(let scalar): .scalar(node.tag.description == Tag.Name.null.rawValue ? "" : scalar.string)
        case .mapping(let mapping):
            .mapping(try entries(of: mapping, lines: lines), text: text(of: node, flow: isFlow(node, lines: lines)))
        case .sequence, .alias: .sequence(text: text(of: node, flow: isFlow(node, lines: lines)))
        }
    }

    /// A collection as Yams writes it, in the style it was written in (`[a, b]` or `- a` lines), without comments
    /// or a final line break.
    private static func text(of node: Node, flow: Bool) -> String {
        var text = (try? Yams.serialize(node: flow ? flowStyled(node) : node, width: -1, allowUnicode: true)) ?? ""
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }

    /// The collection with every collection in it marked for flow style (Yams' parser leaves styles unset).
    private static func flowStyled(_ node: Node) -> Node {
        switch node {
        case .sequence(var sequence):
            for index in sequence.indices { sequence[index] = flowStyled(sequence[index]) }
            sequence.style = .flow
            return .sequence(sequence)
        case .mapping(var mapping):
            for index in mapping.indices { mapping[index].value = flowStyled(mapping[index].value) }
            mapping.style = .flow
            return .mapping(mapping)
        case .scalar, .alias:
            return node
        }
    }

    /// Whether a collection is written in flow style: `[` or `{` where it starts.
    private static func isFlow(_ node: Node, lines: [YAMLLine]) -> Bool {
        guard let mark = node.mark, lines.indices.contains(mark.line - 1) else { return false }
        let text = String(decoding: lines[mark.line - 1].bytes, as: UTF8.self).unicodeScalars
        return text.dropFirst(mark.column - 1).first.map { $0 == "[" || $0 == "{" } ?? false
    }

    /// Each top-level entry's lines: a line at column 1, then the blank, indented, comment and `- ` lines below.
    private static func topLevelEntries(of lines: [YAMLLine]) -> [[YAMLLine]] {
        var chunks: [[YAMLLine]] = []
        for line in lines {
            if line.startsEntry || chunks.isEmpty {
                chunks.append([line])
            } else {
                chunks[chunks.count - 1].append(line)
            }
        }
        return chunks
    }

    // MARK: - Places

    /// A Yams error as a problem, at the place it names: where the problem is, or where the unfinished thing
    /// (a quoted string, a `{`) began when the problem is the end of the text.
    private static func problem(_ error: YamlError, yaml: String, lines: [YAMLLine]) -> Problem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let message = problem + (context.map { " \($0.text)" } ?? "")
            let isAtEnd = mark.line > lines.count || (mark.line == lines.count && isPastContent(mark, in: lines))
            return Problem(message: message, location: location(of: isAtEnd ? context?.mark ?? mark : mark, in: lines))
        case .reader(let problem, let offset, _, _):
            return Problem(message: problem, location: location(ofCharacter: offset, in: yaml, lines: lines))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "`\($0)`" }.joined(separator: ", ")
            return Problem(
                message: "duplicate key \(keys)", location: location(of: context.mark, in: lines), isDuplicateKey: true)
        default:
            return Problem(message: "\(error)", location: location(of: nil, in: lines))
        }
    }

    /// A Yams mark (1-based line of the parsed text, 1-based column in Unicode scalars) as a file location
    /// (byte column); the first line when there is no mark.
    private static func location(of mark: Mark?, in lines: [YAMLLine]) -> SourceLocation {
        guard let first = lines.first else { return SourceLocation(line: 1, column: 1) }
        guard let mark else { return SourceLocation(line: first.number, column: 1) }
        let line = lines[min(max(mark.line, 1), lines.count) - 1]
        let text = String(decoding: line.bytes, as: UTF8.self)
        let before = text.unicodeScalars.prefix(max(mark.column - 1, 0))
        return SourceLocation(line: line.number, column: before.reduce(0) { $0 + UTF8.width($1) } + 1)
    }

    /// The location of a character offset into the parsed text (as Yams reports a reader error).
    private static func location(ofCharacter offset: Int?, in yaml: String, lines: [YAMLLine]) -> SourceLocation {
        guard let offset, let index = yaml.index(yaml.startIndex, offsetBy: offset, limitedBy: yaml.endIndex) else {
            return location(of: nil, in: lines)
        }
        var byteOffset = yaml.utf8.distance(from: yaml.startIndex, to: index)
        for line in lines {
            if byteOffset <= line.bytes.count { return SourceLocation(line: line.number, column: byteOffset + 1) }
            byteOffset -= line.bytes.count + 1
        }
        return location(of: nil, in: lines)
    }

    /// Whether a mark on the last line lies past its last character.
    private static func isPastContent(_ mark: Mark, in lines: [YAMLLine]) -> Bool {
        guard let last = lines.last else { return true }
        return mark.column > String(decoding: last.bytes, as: UTF8.self).unicodeScalars.count
    }
}
