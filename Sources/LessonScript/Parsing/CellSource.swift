import Foundation
import SwiftDiagnostics
import SwiftOperators
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// One cell's parsed and folded syntax tree, with what it takes to turn positions into file lines and columns.
///
/// The source is parsed after `origin.line - 1` empty lines, so that the parser's own line numbers (also those
/// in the annotated syntax-error text) are the lesson file's.
final class CellSource {
    let origin: SourceOrigin
    let tree: SourceFileSyntax
    private let parsedTree: SourceFileSyntax
    private lazy var converter = SourceLocationConverter(fileName: origin.file, tree: parsedTree)

    init(source: String, origin: SourceOrigin) {
        self.origin = origin
        let padded = String(repeating: "\n", count: origin.line - 1) + source
        parsedTree = Parser.parse(source: padded)
        let folded = LessonOperators.table.foldAll(parsedTree) { _ in }
        tree = folded.as(SourceFileSyntax.self) ?? parsedTree
    }

    /// The file position of a UTF-8 offset in the (padded) source.
    func position(ofOffset offset: Int) -> SourcePosition {
        let location = converter.location(for: AbsolutePosition(utf8Offset: offset))
        return SourcePosition(file: origin.file, line: location.line, column: location.column + origin.columnOffset)
    }

    /// The parser's diagnostics, each formatted as `swiftc` prints it.
    func syntaxErrors() -> [ScriptError] {
        let diagnostics = ParseDiagnosticsGenerator.diagnostics(for: parsedTree)
        let formatter = DiagnosticsFormatter(contextSize: 2, colorize: false)
        return diagnostics.filter { $0.diagMessage.severity == .error }.map { diagnostic in
            ScriptError(
                kind: .syntax,
                message: diagnostic.message,
                position: position(ofOffset: diagnostic.position.utf8Offset),
                annotatedSource: withoutPaddingLines(formatter.annotatedSource(tree: parsedTree, diags: [diagnostic])))
        }
    }
}

extension CellSource {
    /// The annotated source without the empty lines that stand for the lesson text before the cell.
    fileprivate func withoutPaddingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { line in
            let number = line.prefix { $0 != "|" }.trimmingCharacters(in: .whitespaces)
            return Int(number).map { $0 >= origin.line } ?? true
        }
        .joined(separator: "\n").trimmingTrailingNewlines()
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
