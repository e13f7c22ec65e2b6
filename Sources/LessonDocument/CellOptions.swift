/// The options written after `swift` in a cell's info string, e.g. ```` ```swift no-check timeout=30 ````.
///
/// ```swift
/// let lesson = Lesson(text: "```swift no-run hide-output\nfetchAll()\n```\n")
/// let options = lesson.cells[0].options
/// options.noRun       // true
/// options.hideOutput  // true
/// ```
public struct CellOptions: Sendable, Equatable {
    /// `no-run`: shown, never executed.
    public var noRun = false
    /// `expect-error`: the cell must fail; its expected output is the error message.
    public var expectError = false
    /// `no-check`: executed and rendered, its output never compared.
    public var noCheck = false
    /// `hide-code` (or `hide`): the HTML leaves the code out.
    public var hideCode = false
    /// `hide-output` (or `hide`): the HTML leaves the output out.
    public var hideOutput = false
    /// `timeout=SECONDS`: this cell's time limit, in seconds.
    public var timeout: Double?
    /// `tolerance=VALUE`: this cell's relative tolerance for numbers.
    public var tolerance: Double?
    /// Test flags, as nbdev has them: words the lesson's front matter declares (`flags: [slow]`) written on the
    /// cell (```` ```swift slow ````). The cell runs only when every one of them is given (`--flags slow`), and
    /// is skipped otherwise, its recorded output kept. An undeclared word stays an unknown option.
    public var flags: [String] = []

    /// The option words that take no value; none of them can be a flag.
    public static let optionWords: Set<String> = [
        "no-run", "expect-error", "no-check", "hide-code", "hide-output", "hide",
    ]

    /// Whether `word` can name a test flag: an ASCII letter, then letters, digits, `-` and `_`, and not an option.
    ///
    /// ```swift
    /// CellOptions.isFlagWord("slow")      // true
    /// CellOptions.isFlagWord("no-run")    // false: an option
    /// CellOptions.isFlagWord("x=1")       // false
    /// ```
    public static func isFlagWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.isASCIILetter else { return false }
        let allowed = word.unicodeScalars.allSatisfy {
            $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
        }
        return allowed && !optionWords.contains(word)
    }

    /// Options with every flag off and no limits.
    ///
    /// ```swift
    /// var options = CellOptions()
    /// options.noCheck = true
    /// ```
    public init() {}

    /// Reads the words after `swift`, each with its 1-based byte column in `line`; the words in `declaredFlags`
    /// are flags. Unknown words and bad values are warnings; the rest of the options still apply.
    init(
        words: [(text: String, column: Int)], line: Int, declaredFlags: Set<String> = [],
        diagnostics: inout [Diagnostic]
    ) {
        for (word, column) in words {
            let location = SourceLocation(line: line, column: column)
            if declaredFlags.contains(word) {
                if !flags.contains(word) { flags.append(word) }
            } else if let problem = apply(word) {
                diagnostics.append(Diagnostic(.warning, problem, at: location))
            }
        }
    }

    /// Applies one option word; returns what is wrong with it, if anything.
    private mutating func apply(_ word: String) -> String? {
        switch word {
        case "no-run": noRun = true
        case "expect-error": expectError = true
        case "no-check": noCheck = true
        case "hide-code": hideCode = true
        case "hide-output": hideOutput = true
        case "hide": (hideCode, hideOutput) = (true, true)
        default:
            if let value = word.valueAfter("timeout=") {
                guard let seconds = Double(value), seconds.isFinite, seconds > 0 else {
                    return "`\(word)`: a timeout is a positive number of seconds"
                }
                timeout = seconds
            } else if let value = word.valueAfter("tolerance=") {
                guard let tolerance = Double(value), tolerance.isFinite, tolerance >= 0 else {
                    return "`\(word)`: a tolerance is a non-negative number such as 1e-3"
                }
                self.tolerance = tolerance
            } else if Self.isFlagWord(word) {
                return "unknown cell option `\(word)` (a test flag is declared in the front matter: `flags: [\(word)]`)"
            } else {
                return "unknown cell option `\(word)`"
            }
        }
        return nil
    }
}

extension Unicode.Scalar {
    /// Whether this is `a`-`z` or `A`-`Z`.
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension String {
    /// The rest of the string after `prefix`, or `nil` when it does not start with it.
    fileprivate func valueAfter(_ prefix: String) -> Substring? {
        hasPrefix(prefix) ? dropFirst(prefix.count) : nil
    }
}
