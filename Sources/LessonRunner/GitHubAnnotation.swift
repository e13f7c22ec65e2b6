import LessonDocument

/// A failure as a GitHub Actions workflow command, `::error file=...,line=...,col=...,title=...::message`, which
/// GitHub shows as an annotation at that line of the file, also on a pull request's diff (`--format github`).
///
/// Values are escaped as GitHub's own toolkit does: in the message `%`, CR and LF become `%25`, `%0D` and `%0A`
/// (so a multi-line diff stays one command line); in the properties `:` and `,` also become `%3A` and `%2C`.
///
/// ```swift
/// let annotation = GitHubAnnotation(file: "lessons/x.md", line: 14, column: 9, title: "lesson check: error",
///                                   message: "Index out of range")
/// annotation.command   // "::error file=lessons/x.md,line=14,col=9,title=lesson check%3A error::Index out of range"
/// ```
public struct GitHubAnnotation: Sendable, Equatable {
    /// The file, relative to the repository's root (GitHub matches annotations to files by this path).
    public var file: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, when known.
    public var column: Int?
    /// The annotation's heading.
    public var title: String
    /// The annotation's text, which may span lines.
    public var message: String

    /// An annotation of `message` at `file:line[:column]`.
    public init(file: String, line: Int, column: Int? = nil, title: String, message: String) {
        (self.file, self.line, self.column, self.title, self.message) = (file, line, column, title, message)
    }

    /// The workflow command: one line, without a line break.
    public var command: String {
        var properties = ["file=\(Self.escapedProperty(file))", "line=\(line)"]
        if let column { properties.append("col=\(column)") }
        properties.append("title=\(Self.escapedProperty(title))")
        return "::error \(properties.joined(separator: ","))::\(Self.escapedData(message))"
    }

    /// A command's message: `%`, CR and LF percent-encoded.
    static func escapedData(_ text: String) -> String {
        escaped(text, Self.dataEscapes)
    }

    /// A command's property value: as a message, and `:` and `,` percent-encoded too.
    static func escapedProperty(_ text: String) -> String {
        escaped(text, Self.propertyEscapes)
    }

    private static let dataEscapes: [Unicode.Scalar: String] = ["%": "%25", "\r": "%0D", "\n": "%0A"]
    private static let propertyEscapes = dataEscapes.merging([":": "%3A", ",": "%2C"]) { $1 }

    /// `text` with each scalar in `escapes` replaced (scalar by scalar, so a CR LF pair is two of them).
    private static func escaped(_ text: String, _ escapes: [Unicode.Scalar: String]) -> String {
        text.unicodeScalars.map { escapes[$0] ?? String($0) }.joined()
    }
}

extension CellFailure {
    /// This failure of `cell` in `file` as an annotation of `command` (`check`, `run`, `update`): at the error's
    /// line and column, the output block's fence for a differing output, or the cell's fence; the message is
    /// the plain report (the diff, the error and any note).
    ///
    /// ```swift
    /// failure.annotation(file: "lessons/x.md", cell: cell, command: "check").command
    /// // "::error file=lessons/x.md,line=16,title=lesson check%3A output differs::lessons/x.md:16: output differs%0A..."
    /// ```
    public func annotation(file: String, cell: Cell, command: String) -> GitHubAnnotation {
        let place: (line: Int, column: Int?) =
            switch self {
            case .error(let error): (error.line, error.column)
            case .missingError: (cell.location.line, nil)
            case .outputDiffers(let difference): (difference.line, nil)
            }
        return GitHubAnnotation(
            file: LessonPaths.normalized(file), line: place.line, column: place.column,
            title: "lesson \(command): \(headline)", message: report(file: file, cell: cell, style: .plain))
    }

    /// A short heading for an annotation: `error`, `expected an error`, or the output difference's headline.
    private var headline: String {
        switch self {
        case .error: "error"
        case .missingError: "expected an error"
        case .outputDiffers(let difference): difference.headline
        }
    }
}
