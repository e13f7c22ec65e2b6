/// The YAML block between `---` lines at the very top of a lesson, read by Yams (lists, quoted strings, comments,
/// flow mappings like `{linewidth: 200}`...). It is never rewritten.
///
/// ```swift
/// let lesson = Lesson(text: "---\ntitle: Pixel similarity\nseed: 42\nprint: {linewidth: 200}\n---\n# Notes\n")
/// lesson.frontMatter?.title         // "Pixel similarity"
/// lesson.frontMatter?.seed          // 42
/// lesson.frontMatter?.printOptions  // [linewidth: "200"]
/// ```
public struct FrontMatter: Sendable, Equatable {
    /// One `key: value` pair, with where its value is written (for messages about bad values).
    ///
    /// ```swift
    /// for option in frontMatter.printOptions { print(option.key, option.value, option.location) }
    /// ```
    public struct Entry: Sendable, Equatable {
        /// The key, unquoted.
        public let key: String
        /// A scalar's text (unquoted and unescaped; `""` for null), or a mapping's or sequence's YAML as Yams
        /// writes it (comments left out).
        public let value: String
        /// Where the value starts in the file.
        public let location: SourceLocation

        /// Creates an entry.
        ///
        /// ```swift
        /// FrontMatter.Entry(key: "linewidth", value: "200", location: SourceLocation(line: 3, column: 20))
        /// ```
        public init(key: String, value: String, location: SourceLocation) {
            self.key = key
            self.value = value
            self.location = location
        }
    }

    /// Every top-level key in file order, the ones the runner does not know included.
    public let entries: [Entry]
    /// `title`: the lesson's title.
    public let title: String?
    /// `seed`: the random seed at the start of the lesson.
    public let seed: Int?
    /// `print`: tensor print options, e.g. `linewidth` and `precision`, values as written.
    public let printOptions: [Entry]
    /// `timeout`: the time limit per cell, in seconds.
    public let timeout: Double?
    /// `tolerance`: the lesson's relative tolerance for numbers in outputs.
    public let tolerance: Double?
    /// The line of the closing `---` (the opening one is line 1).
    public let endLine: Int
    /// The bytes from the opening `---` to the end of the closing delimiter's line (a byte order mark excluded).
    public let byteRange: Range<Int>

    /// The value of a top-level key (the last one if repeated), as ``Entry/value`` gives it.
    ///
    /// ```swift
    /// lesson.frontMatter?.value(forKey: "tags")  // "[mnist, basics]"
    /// ```
    public func value(forKey key: String) -> String? {
        entries.last { $0.key == key }?.value
    }
}
