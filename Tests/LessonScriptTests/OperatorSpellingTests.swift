import SwiftSyntax
import Testing

@testable import LessonScript

/// Every operator case is what its spelling parses to in a cell: the parser reads the spelling as one token, the
/// fold table knows its precedence (an unfolded operator would be a compile error), and the compiler's parse of
/// that token gives the case back. Spellings the language lacks are located compile errors.
struct OperatorSpellingTests {
    /// The folded tree of a one-statement cell.
    private func expression(_ source: String) throws -> ExprSyntax {
        let cell = CellSource(source: source, origin: SourceOrigin(file: "test.md", line: 1))
        let item = try #require(cell.tree.statements.first?.item)
        guard case .expr(let expression) = item else {
            Issue.record("'\(source)' is not an expression")
            throw CancellationError()
        }
        return expression
    }

    /// The operator token of the folded infix expression `source`.
    private func infixToken(_ source: String) throws -> String {
        let infix = try #require(try expression(source).as(InfixOperatorExprSyntax.self), "'\(source)' is not folded")
        return try #require(infix.operator.as(BinaryOperatorExprSyntax.self)).operator.text
    }

    @Test(arguments: BinaryOperator.allCases)
    func binaryOperatorsRoundTripFromSource(_ op: BinaryOperator) throws {
        #expect(BinaryOperator(spelling: try infixToken("a \(op.spelling) b")) == op)
    }

    /// `a op= b + c` folds with the assignment at the root, as Swift's assignment precedence gives it.
    @Test(arguments: BinaryOperator.allCases.filter(\.hasCompoundAssignment))
    func compoundAssignmentsRoundTripFromSource(_ op: BinaryOperator) throws {
        let source = "a \(op.spelling)= b + c"
        #expect(BinaryOperator(compoundAssignment: try infixToken(source)) == op)
        #expect(try expression(source).as(InfixOperatorExprSyntax.self)?.isAssignment == true)
    }

    @Test func onlyTheArithmeticAndBitwiseOperatorsHaveACompoundAssignment() {
        for op in BinaryOperator.allCases where !op.hasCompoundAssignment {
            #expect(BinaryOperator(compoundAssignment: op.spelling + "=") != op)
        }
        #expect(BinaryOperator(compoundAssignment: "==") == nil)
        #expect(BinaryOperator(compoundAssignment: "<=") == nil)
        #expect(BinaryOperator(compoundAssignment: "&&=") == nil)
    }

    @Test(arguments: PrefixOperator.allCases)
    func prefixOperatorsRoundTripFromSource(_ op: PrefixOperator) throws {
        let prefix = try #require(try expression("\(op.spelling)a").as(PrefixOperatorExprSyntax.self))
        #expect(PrefixOperator(spelling: prefix.operator.text) == op)
    }

    @Test func spellingsAreDistinct() {
        #expect(Set(BinaryOperator.allCases.map(\.spelling)).count == BinaryOperator.allCases.count)
        #expect(Set(PrefixOperator.allCases.map(\.spelling)).count == PrefixOperator.allCases.count)
    }

    @Test(arguments: [
        ("let x = 1 &+ 2", 11, "operator '&+' is not supported in lesson cells"),
        ("var y = 1\ny &+= 2", 3, "operator '&+=' is not supported in lesson cells"),
        ("[1, 2].reduce(0, &*)", 18, "operator '&*' is not supported in lesson cells"),
    ])
    func unknownOperatorsAreCompileErrorsAtTheOperator(_ source: String, _ column: Int, _ message: String) {
        let result = run("print(1)\n" + source)
        #expect(result.error?.message == message)
        #expect(result.error?.kind == .syntax)
        #expect(result.error?.position?.line == 1 + source.split(separator: "\n").count)
        #expect(result.error?.position?.column == column)
        #expect(result.printed.isEmpty, "compile errors stop the cell before it runs")
    }

    @Test func everyCompoundAssignmentRuns() {
        #expect(output("var a = 7\na += 2\na -= 1\na *= 3\na /= 4\na %= 4\na **= 3\na") == "8")
        #expect(output("var b = 6\nb &= 3\nb |= 8\nb ^= 1\nb <<= 2\nb >>= 1\nb") == "22")
        #expect(output("var c = true\nc &= false\nc") == "false")
    }

    @Test func operatorsAreFunctionValues() {
        #expect(output("[1, 2, 3].reduce(0, +)") == "6")
        #expect(output("[3, 1, 2].sorted(by: >)") == "[3, 2, 1]")
        #expect(output("[1, -2].map(-)") == "[-1, 2]")
        #expect(output("[true, true, false].reduce(true, &&)") == "false")
        #expect(output("[false, true].reduce(false, ||)") == "true")
        let notOnInt = "error: unary operator '!' cannot be applied to an operand of type 'Int'"
        #expect(output("[1, 2].map(!)").hasSuffix(notOnInt))
        #expect(output("[1, 2].reduce(0, ~)").hasSuffix("error: operator '~' cannot take 2 operands"))
    }
}
