import SwiftParser
import SwiftSyntax

extension Parser {
    /// Parses the text of a type (`Array<Int>`, `[String: Double]`).
    static func parseType(_ text: String) -> TypeSyntax {
        var parser = Parser(text, maximumNestingLevel: CellSource.maximumNestingLevel)
        return TypeSyntax.parse(from: &parser)
    }
}
