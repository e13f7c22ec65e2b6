import Foundation
import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// One cell's parsed and folded syntax tree, with what it takes to turn positions into file lines and columns.
///
/// The cell's source is parsed alone, so the work per cell does not grow with its line in the lesson; positions
/// and the line numbers of the annotated syntax-error text are shifted to the lesson file's lines afterwards.
/// Before parsing, the cell must pass the limits that keep parsing, folding and compiling quick and within the
/// stack: at most ``BracketNesting/limit`` nested `[`, ``maximumNestingLevel`` nested brackets of any kind, and
/// ``maximumOperators`` operators in one expression.
final class CellSource {
    let origin: SourceOrigin
    let tree: SourceFileSyntax
    private let parsedTree: SourceFileSyntax
    /// Why the cell was not parsed or folded, if it went past a limit.
    private var limitError: ScriptError?
    private lazy var converter = SourceLocationConverter(fileName: origin.file, tree: parsedTree)

    /// The deepest nesting of parentheses, brackets and braces the parser accepts, the same in debug and
    /// release builds (swift-syntax's own default is 20 in a debug build and 256 in a release build).
    static let maximumNestingLevel = 256
    /// The most operators one expression may chain: each is a level of the folded tree that compiling walks.
    static let maximumOperators = Compiler.maximumNestedExpressions / 2

    init(source: String, origin: SourceOrigin) {
        self.origin = origin
        let nesting = BracketNesting(scanning: source)
        if let offset = nesting.firstTooDeep {
            parsedTree = Self.parse("")
            tree = parsedTree
            limitError = ScriptError(
                kind: .syntax,
                message: "brackets are nested too deeply: more than \(BracketNesting.limit) levels of '['",
                position: Self.position(ofOffset: offset, in: source, origin: origin))
            return
        }
        parsedTree = Self.parse(source)
        if let long = LongSequence.first(in: parsedTree, longerThan: 2 * Self.maximumOperators) {
            tree = parsedTree
            limitError = ScriptError(
                kind: .syntax, message: "expression has too many operators: more than \(Self.maximumOperators)")
            limitError?.position = position(ofOffset: long.positionAfterSkippingLeadingTrivia.utf8Offset)
            return
        }
        let folded = LessonOperators.table.foldAll(parsedTree) { _ in }
        tree = folded.as(SourceFileSyntax.self) ?? parsedTree
    }

    private static func parse(_ source: String) -> SourceFileSyntax {
        var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
        return SourceFileSyntax.parse(from: &parser)
    }

    /// The file position of a UTF-8 offset in the cell's source.
    func position(ofOffset offset: Int) -> SourcePosition {
        let location = converter.location(for: AbsolutePosition(utf8Offset: offset))
        return SourcePosition(
            file: origin.file, line: location.line + origin.line - 1, column: location.column + origin.columnOffset)
    }

    /// The file position of a UTF-8 offset in `source`, without a syntax tree.
    private static func position(ofOffset offset: Int, in source: String, origin: SourceOrigin) -> SourcePosition {
        var (line, lineStart) = (0, 0)
        for (index, byte) in source.utf8.prefix(offset).enumerated() where byte == UInt8(ascii: "\n") {
            (line, lineStart) = (line + 1, index + 1)
        }
        return SourcePosition(
            file: origin.file, line: origin.line + line, column: offset - lineStart + 1 + origin.columnOffset)
    }

    /// The limit the cell went past, or else the parser's diagnostics, each formatted as `swiftc` prints it.
    func syntaxErrors() -> [ScriptError] {
        if let limitError { return [limitError] }
        if let trapping = equalsWithoutFix() { return [scriptError(trapping)] }
        return ParseDiagnosticsGenerator.diagnostics(for: parsedTree).filter { $0.diagMessage.severity == .error }
            .map(scriptError)
    }

    private func scriptError(_ diagnostic: Diagnostic) -> ScriptError {
        let formatter = DiagnosticsFormatter(contextSize: 2, colorize: false)
        return ScriptError(
            kind: .syntax,
            message: diagnostic.message,
            position: position(ofOffset: diagnostic.position.utf8Offset),
            annotatedSource: withFileLineNumbers(formatter.annotatedSource(tree: parsedTree, diags: [diagnostic])))
    }

    /// The lexer's "'=' must have consistent whitespace" error for an `=` with spaces on both sides and another
    /// character next to it (`a \u{18}= 1`), without the Fix-It that swift-syntax 603 would suggest: it has no
    /// change to suggest there and traps (found by fuzzing). `nil` when the cell has no such `=`.
    private func equalsWithoutFix() -> Diagnostic? {
        func hasSpace(_ trivia: Trivia) -> Bool {
            trivia.contains { piece in
                switch piece {
                case .spaces, .tabs: true
                default: false
                }
            }
        }
        for token in parsedTree.tokens(viewMode: .all) {
            guard let lexerError = token.tokenDiagnostic,
                lexerError.kind == .equalMustHaveConsistentWhitespaceOnBothSides,
                hasSpace(token.trailingTrivia), hasSpace(token.previousToken(viewMode: .all)?.trailingTrivia ?? [])
            else { continue }
            let offset = token.position.utf8Offset + Int(lexerError.byteOffset)
            return Diagnostic(
                node: token, position: AbsolutePosition(utf8Offset: offset),
                message: StaticTokenError.equalMustHaveConsistentWhitespaceOnBothSides)
        }
        return nil
    }
}

extension CellSource {
    /// The annotated source with the lesson file's line numbers in its gutter (the formatter numbers the cell's
    /// lines from 1, right-aligned to the widest number).
    fileprivate func withFileLineNumbers(_ text: String) -> String {
        let lines = text.trimmingTrailingNewlines().split(separator: "\n", omittingEmptySubsequences: false)
        let shift = origin.line - 1
        let lineCount = converter.sourceLines.count
        let (oldWidth, newWidth) = (String(lineCount).count, String(lineCount + shift).count)
        return lines.map { line in
            let number = Int(line.prefix(oldWidth).trimmingCharacters(in: .whitespaces)).map { String($0 + shift) }
            let gutter = number ?? ""
            return String(repeating: " ", count: newWidth - gutter.count) + gutter + line.dropFirst(oldWidth)
        }
        .joined(separator: "\n")
    }
}

/// The first operator sequence (`a + b * c - ...`, before folding) with more than a given number of elements.
private final class LongSequence: SyntaxVisitor {
    private let limit: Int
    private var found: SequenceExprSyntax?

    private init(limit: Int) {
        self.limit = limit
        super.init(viewMode: .sourceAccurate)
    }

    static func first(in tree: SourceFileSyntax, longerThan limit: Int) -> SequenceExprSyntax? {
        let finder = LongSequence(limit: limit)
        finder.walk(tree)
        return finder.found
    }

    override func visit(_ node: SequenceExprSyntax) -> SyntaxVisitorContinueKind {
        if found == nil, node.elements.count > limit { found = node }
        return found == nil ? .visitChildren : .skipChildren
    }
}

/// Swift's standard operators plus the lesson language's `**` and `**=`.
enum LessonOperators {
    static let table: OperatorTable = {
        var table = OperatorTable.standardOperators
        let declarations = Parser.parse(
            source: """
                precedencegroup PowerPrecedence {
                    associativity: right
                    higherThan: MultiplicationPrecedence
                }
                infix operator ** : PowerPrecedence
                infix operator **= : AssignmentPrecedence
                """)
        try? table.addSourceFile(declarations)
        return table
    }()
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var text = Substring(self)
        while text.last == "\n" { text = text.dropLast() }
        return String(text)
    }
}
