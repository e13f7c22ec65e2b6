/// The test flags a lesson declares in its front matter, `flags: [slow, gpu]` (a flow or block sequence, or one
/// word): the words that, written after `swift`, make a cell run only with `--flags` (``CellOptions/flags``).
///
/// Declaring them, as nbdev declares `tst_flags`, keeps a mistyped option (`no-chek`) from silently skipping a
/// cell: only a declared word is a flag; any other stays an unknown option, warned about, and the cell runs.
///
/// ```swift
/// let lesson = Lesson(text: "---\nflags: [slow]\n---\n```swift slow\nfit()\n```\n")
/// lesson.cells[0].options.flags   // ["slow"]
/// ```
enum DeclaredFlags {
    /// The flags `frontMatter` declares; a value that is not a list of flag words is an error diagnostic at it.
    static func read(from frontMatter: FrontMatter?, diagnostics: inout [Diagnostic]) -> Set<String> {
        guard let entry = frontMatter?.entries.last(where: { $0.key == "flags" }) else { return [] }
        var flags: Set<String> = []
        for word in words(of: entry.value) {
            guard CellOptions.isFlagWord(word) else {
                let reason =
                    CellOptions.optionWords.contains(word)
                    ? "`\(word)` is a cell option, not a flag"
                    : "`\(word)` is not a flag word (a letter, then letters, digits, `-` and `_`)"
                diagnostics.append(Diagnostic(.error, "front matter: `flags`: \(reason)", at: entry.location))
                continue
            }
            flags.insert(word)
        }
        return flags
    }

    /// The items of a sequence as the front matter keeps its text: `[slow, gpu]`, `- slow` lines, or words
    /// separated by commas or spaces; quotes around an item are dropped.
    static func words(of text: String) -> [String] {
        var body = Substring(text.trimmingWhitespace)
        if body.first == "[", body.last == "]" { body = body.dropFirst().dropLast() }
        let items = body.split(separator: "\n").flatMap { line in
            var item = Substring(line.trimmingWhitespace)
            if item == "-" || item.hasPrefix("- ") { item = item.dropFirst() }
            return item.split { $0 == "," || $0 == " " || $0 == "\t" }
        }
        return items.map { item in
            let unquoted =
                item.count >= 2 && item.first == item.last && (item.first == "\"" || item.first == "'")
                ? item.dropFirst().dropLast() : item
            return String(unquoted)
        }
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The text without spaces, tabs and line breaks at either end.
    fileprivate var trimmingWhitespace: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        let start = firstIndex { !isSpace($0) } ?? endIndex
        let end = lastIndex { !isSpace($0) }.map { index(after: $0) } ?? start
        return self[start..<end]
    }
}
