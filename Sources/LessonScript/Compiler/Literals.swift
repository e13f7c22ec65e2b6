import OrderedCollections
@_spi(Compiler) import SwiftParser
import SwiftSyntax

/// A number expression made only of literals (`2`, `-1.5`, `1 / 2`, `(3 * 4)`), with both of its possible
/// meanings: as `Int` (when it has no float literal and fits) and as `Double`. Swift types such an expression
/// from its context, so `x * (1 / 2)` with a `Double` `x` is `x * 0.5`.
struct LiteralNumber {
    let int: Int?
    let double: Double
    let hasFloatLiteral: Bool

    var value: Value {
        if !hasFloatLiteral, let int { return .int(int) }
        return .double(double)
    }
}

extension Compiler {
    /// The literal-only number `expression` stands for, if it is one. Compiling an operator asks this of its
    /// operands, which ask it of theirs: the answers for composite expressions are kept, so a chain of `n`
    /// operators costs `n` steps, not `n²`.
    func literalNumber(_ expression: ExprSyntax) -> LiteralNumber? {
        if let integer = expression.as(IntegerLiteralExprSyntax.self) {
            let parsed = parseInteger(integer.literal.text)
            return LiteralNumber(int: parsed.int, double: parsed.double, hasFloatLiteral: false)
        }
        if let float = expression.as(FloatLiteralExprSyntax.self) {
            guard let value = float.representedLiteralValue else { return nil }
            return LiteralNumber(int: nil, double: value, hasFloatLiteral: true)
        }
        guard
            expression.is(TupleExprSyntax.self) || expression.is(PrefixOperatorExprSyntax.self)
                || expression.is(InfixOperatorExprSyntax.self)
        else { return nil }
        if let known = literalNumbers[expression.id] { return known }
        let number = compositeLiteralNumber(expression)
        literalNumbers[expression.id] = number
        return number
    }

    private func compositeLiteralNumber(_ expression: ExprSyntax) -> LiteralNumber? {
        if let tuple = expression.as(TupleExprSyntax.self), tuple.elements.count == 1,
            let only = tuple.elements.first, only.label == nil
        {
            return literalNumber(only.expression)
        }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self),
            PrefixOperator(spelling: prefix.operator.text) == .negate,
            let operand = literalNumber(prefix.expression)
        {
            return LiteralNumber(
                int: operand.int.flatMap { $0 == .min ? nil : -$0 }, double: -operand.double,
                hasFloatLiteral: operand.hasFloatLiteral)
        }
        if let infix = expression.as(InfixOperatorExprSyntax.self),
            let spelling = infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text,
            let op = BinaryOperator(spelling: spelling),
            [.add, .subtract, .multiply, .divide].contains(op),
            let lhs = literalNumber(infix.leftOperand), let rhs = literalNumber(infix.rightOperand)
        {
            return combine(lhs, op, rhs)
        }
        return nil
    }

    private func combine(_ lhs: LiteralNumber, _ op: BinaryOperator, _ rhs: LiteralNumber) -> LiteralNumber? {
        let double: Double
        switch op {
        case .add: double = lhs.double + rhs.double
        case .subtract: double = lhs.double - rhs.double
        case .multiply: double = lhs.double * rhs.double
        case .divide: double = lhs.double / rhs.double
        default: return nil
        }
        var int: Int?
        if let a = lhs.int, let b = rhs.int {
            int = try? Arithmetic.integer(op, a, b)
        }
        return LiteralNumber(int: int, double: double, hasFloatLiteral: lhs.hasFloatLiteral || rhs.hasFloatLiteral)
    }

    private func parseInteger(_ text: String) -> (int: Int?, double: Double) {
        var digits = text.filter { $0 != "_" }
        var negative = false
        if digits.hasPrefix("-") {
            negative = true
            digits.removeFirst()
        }
        var radix = 10
        for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
            radix = base
            digits.removeFirst(2)
        }
        let magnitude = Int(digits, radix: radix)
        let double = Double(digits).map { negative ? -$0 : $0 } ?? Double(magnitude ?? 0)
        return (magnitude.map { negative ? -$0 : $0 }, double)
    }

    func compileNumberLiteral(_ expression: ExprSyntax) throws -> Evaluator {
        guard let number = literalNumber(expression) else {
            throw compileError("this number literal could not be read", at: expression)
        }
        if !number.hasFloatLiteral, number.int == nil {
            throw compileError(
                "integer literal '\(expression.trimmedDescription)' overflows when stored into 'Int'", at: expression)
        }
        let value = number.value
        return { _ in value }
    }

    func compileStringLiteral(_ literal: StringLiteralExprSyntax) throws -> Evaluator {
        guard let kind = literal.stringLiteralKind else {
            throw compileError("unsupported string literal", at: literal)
        }
        enum Piece {
            case text(String)
            case interpolation(Evaluator)
        }
        var pieces: [Piece] = []
        for segment in literal.segments {
            switch segment {
            case .stringSegment(let text):
                var unescaped = ""
                text.appendUnescapedLiteralValue(
                    stringLiteralKind: kind, delimiterLength: literal.delimiterLength, to: &unescaped)
                if case .text(let previous) = pieces.last {
                    pieces[pieces.count - 1] = .text(previous + unescaped)
                } else {
                    pieces.append(.text(unescaped))
                }
            case .expressionSegment(let interpolation):
                guard interpolation.expressions.count == 1, let only = interpolation.expressions.first,
                    only.label == nil
                else {
                    throw compileError("only plain `\\(value)` interpolations are supported", at: interpolation)
                }
                pieces.append(.interpolation(try compileExpression(only.expression)))
            }
        }
        if pieces.isEmpty { return { _ in .string("") } }
        let spot = spot(literal)
        if pieces.count == 1, case .text(let text) = pieces[0] {
            let value = Value.string(text)
            return { _ in value }
        }
        return { frame in
            var result = ""
            for piece in pieces {
                switch piece {
                case .text(let text): result += text
                case .interpolation(let evaluator):
                    let runtime = frame.runtime
                    let text = try runtime.text(of: try evaluator(frame), style: .print)
                    try located(spot) {
                        try runtime.memory.reserve(bytes: result.utf8.count + text.utf8.count, for: "a String")
                    }
                    result += text
                }
            }
            return .string(result)
        }
    }

    func compileArrayLiteral(_ array: ArrayExprSyntax) throws -> Evaluator {
        let elements = Array(array.elements)
        let literals = elements.map { literalNumber($0.expression) }
        if !literals.isEmpty, literals.allSatisfy({ $0 != nil }) {
            let asDouble = literals.contains { $0?.hasFloatLiteral == true }
            let values = literals.compactMap { $0 }.map { asDouble ? Value.double($0.double) : $0.value }
            if asDouble || literals.allSatisfy({ $0?.int != nil }) {
                return { _ in .array(values) }
            }
        }
        let evaluators = try elements.map { try compileExpression($0.expression) }
        let integerLiterals = literals.map { $0 != nil && $0?.hasFloatLiteral == false }
        let mayMixNumbers = integerLiterals.contains(true)
        // `[1, nil, 3]` is an array of optionals, as Swift infers it.
        let hasNil = elements.contains { $0.expression.is(NilLiteralExprSyntax.self) }
        return { frame in
            var values: [Value] = []
            values.reserveCapacity(evaluators.count)
            for evaluator in evaluators { values.append(try evaluator(frame)) }
            // Swift makes the integer literals of an array of numbers `Double`s when one is; next to other kinds
            // of values (an `[Any]`) they stay `Int`s.
            if mayMixNumbers, values.contains(where: { if case .double = $0 { true } else { false } }),
                values.allSatisfy(\.isNumber)
            {
                for index in values.indices where integerLiterals[index] {
                    if case .int(let integer) = values[index] { values[index] = .double(Double(integer)) }
                }
            }
            if hasNil {
                for index in values.indices where !values[index].isOptional { values[index] = .optional(values[index]) }
            }
            return .array(values)
        }
    }

    func compileDictionaryLiteral(_ dictionary: DictionaryExprSyntax) throws -> Evaluator {
        guard case .elements(let elements) = dictionary.content else {
            return { _ in .dictionary(OrderedDictionary()) }
        }
        let pairs = try elements.map { (try compileExpression($0.key), try compileExpression($0.value)) }
        return { frame in
            var result = OrderedDictionary<Value, Value>()
            for (key, value) in pairs {
                result[try key(frame)] = try value(frame)
            }
            return .dictionary(result)
        }
    }

    func compileTuple(_ tuple: TupleExprSyntax) throws -> Evaluator {
        let elements = Array(tuple.elements)
        if elements.count == 1, elements[0].label == nil {
            return try compileExpression(elements[0].expression)
        }
        if elements.isEmpty { return { _ in .void } }
        let labels = elements.map { $0.label?.text }
        let evaluators = try elements.map { try compileExpression($0.expression) }
        return { frame in
            var values: [Value] = []
            values.reserveCapacity(evaluators.count)
            for evaluator in evaluators { values.append(try evaluator(frame)) }
            return .tuple(TupleValue(values, labels: labels))
        }
    }
}

extension Value {
    /// Whether the value is an `Optional` (`nil` or a wrapped value).
    var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }
}
