extension FrontMatter {
    /// Finds and reads the front matter at the top of a file: `---` on line 1 (after any byte order mark), the
    /// YAML lines, then `---` (or `...`). `nil` when there is none; an opening `---` that is never closed is a
    /// warning, and the file is then all Markdown (the `---` a thematic break).
    static func parse(_ lines: SourceLines, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        guard let opening = lines.span(1), isDelimiter(lines.content(1), allowsDots: false) else { return nil }
        guard
            let endLine = stride(from: 2, through: lines.count, by: 1).first(where: {
                isDelimiter(lines.content($0), allowsDots: true)
            }),
            let closing = lines.span(endLine)
        else {
            let message = "front matter opened with `---` is never closed; the file is read as Markdown"
            diagnostics.append(Diagnostic(.warning, message, at: SourceLocation(line: 1, column: 1)))
            return nil
        }
        let yaml = (2..<endLine).map { YAMLLine(number: $0, bytes: Array(lines.content($0))) }
        let entries = FrontMatterYAML.entries(of: yaml, diagnostics: &diagnostics)
        return FrontMatter(
            entries: entries, endLine: endLine, byteRange: opening.start..<closing.end, diagnostics: &diagnostics)
    }

    /// Interprets the keys the runner knows; a bad value is an error diagnostic and leaves that setting unset.
    private init(entries yamlEntries: [YAMLEntry], endLine: Int, byteRange: Range<Int>, diagnostics: inout [Diagnostic])
    {
        var title: String?
        var seed: Int?
        var printOptions: [Entry] = []
        var timeout: Double?
        var tolerance: Double?
        var seen: Set<String> = []
        for entry in yamlEntries {
            func problem(_ message: String) {
                diagnostics.append(Diagnostic(.error, "front matter: \(message)", at: entry.location))
            }
            if !seen.insert(entry.key).inserted {
                let message = "front matter: duplicate key `\(entry.key)`; the last one is used"
                diagnostics.append(Diagnostic(.warning, message, at: entry.location))
            }
            if entry.value == .scalar("") { continue }
            switch (entry.key, entry.value) {
            case ("title", .scalar(var text)):
                // A block scalar (`title: >` and indented lines) ends with a line break that no title wants.
                while text.last?.isNewline == true { text.removeLast() }
                title = text
            case ("title", _):
                problem("`title` must be text")
            case ("seed", .scalar(let text)) where Int(text) != nil:
                seed = Int(text)
            case ("seed", _):
                problem("`seed` must be an integer, not `\(entry.value.text)`")
            case ("print", .mapping(let options, _)):
                if let nested = options.first(where: { if case .scalar = $0.value { false } else { true } }) {
                    let message = "front matter: nested collections are not supported in `print`"
                    diagnostics.append(Diagnostic(.error, message, at: nested.location))
                    continue
                }
                printOptions = options.map { Entry(key: $0.key, value: $0.value.text, location: $0.location) }
            case ("print", _):
                problem("`print` must be a mapping such as `{linewidth: 200, precision: 2}`")
            case ("timeout", .scalar(let text)) where Double(text).map { $0.isFinite && $0 > 0 } == true:
                timeout = Double(text)
            case ("timeout", _):
                problem("`timeout` must be a positive number of seconds, not `\(entry.value.text)`")
            case ("tolerance", .scalar(let text)) where Double(text).map { $0.isFinite && $0 >= 0 } == true:
                tolerance = Double(text)
            case ("tolerance", _):
                problem("`tolerance` must be a non-negative number such as `1e-3`, not `\(entry.value.text)`")
            default:
                break
            }
        }
        self.entries = yamlEntries.map { Entry(key: $0.key, value: $0.value.text, location: $0.location) }
        self.title = title
        self.seed = seed
        self.printOptions = printOptions
        self.timeout = timeout
        self.tolerance = tolerance
        self.endLine = endLine
        self.byteRange = byteRange
    }

    /// `---` (or `...` to close), with nothing after it but spaces.
    private static func isDelimiter(_ line: ArraySlice<UInt8>, allowsDots: Bool) -> Bool {
        let text = Array(line.trimmingSpaces)
        return line.first != UInt8(ascii: " ")
            && (text == Array("---".utf8) || (allowsDots && text == Array("...".utf8)))
    }
}
