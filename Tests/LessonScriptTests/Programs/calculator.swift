// A calculator: a tokenizer into an enum with associated values, a recursive-descent parser that throws
// errors with positions, and evaluation of the parsed tree.
import Foundation

enum Token: Equatable {
    case number(Double)
    case symbol(Character)
}

enum CalculatorError: Error, Equatable {
    case unexpectedCharacter(Character, at: Int)
    case unexpectedEnd
    case unexpectedToken(String)
    case divisionByZero
}

func tokenize(_ text: String) throws -> [Token] {
    var tokens: [Token] = []
    var digits = ""
    for (index, character) in text.enumerated() {
        if character.isNumber || character == "." {
            digits.append(character)
            continue
        }
        if !digits.isEmpty {
            tokens.append(.number(Double(digits)!))
            digits = ""
        }
        if character.isWhitespace { continue }
        guard "+-*/()".contains(character) else { throw CalculatorError.unexpectedCharacter(character, at: index) }
        tokens.append(.symbol(character))
    }
    if !digits.isEmpty { tokens.append(.number(Double(digits)!)) }
    return tokens
}

final class Parser {
    private let tokens: [Token]
    private var position = 0
    init(_ tokens: [Token]) { self.tokens = tokens }

    private func peek() -> Token? { position < tokens.count ? tokens[position] : nil }
    private func next() throws -> Token {
        guard let token = peek() else { throw CalculatorError.unexpectedEnd }
        position += 1
        return token
    }

    func expression() throws -> Double {
        var value = try term()
        while case .symbol(let op)? = peek(), op == "+" || op == "-" {
            position += 1
            let rhs = try term()
            value = op == "+" ? value + rhs : value - rhs
        }
        return value
    }

    private func term() throws -> Double {
        var value = try factor()
        while case .symbol(let op)? = peek(), op == "*" || op == "/" {
            position += 1
            let rhs = try factor()
            if op == "/" && rhs == 0 { throw CalculatorError.divisionByZero }
            value = op == "*" ? value * rhs : value / rhs
        }
        return value
    }

    private func factor() throws -> Double {
        switch try next() {
        case .number(let value): return value
        case .symbol("-"): return -(try factor())
        case .symbol("("):
            let value = try expression()
            guard try next() == .symbol(")") else { throw CalculatorError.unexpectedToken("expected )") }
            return value
        case .symbol(let other): throw CalculatorError.unexpectedToken(String(other))
        }
    }

    var isAtEnd: Bool { position == tokens.count }
}

func evaluate(_ text: String) -> String {
    do {
        let parser = Parser(try tokenize(text))
        let value = try parser.expression()
        guard parser.isAtEnd else { return "error: trailing input" }
        return "\(value)"
    } catch CalculatorError.unexpectedCharacter(let character, let index) {
        return "error: '\(character)' at \(index)"
    } catch {
        return "error: \(error)"
    }
}

for input in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + 4) * 0.5", "7 / 0", "1 + ", "2 $ 3", "(1", "3 4"] {
    print(input, "=", evaluate(input))
}
print(try tokenize("12.5*(3)"))
