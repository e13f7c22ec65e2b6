// A small tokenizer and evaluator: enums with associated values, indirect trees, recursion and errors.
enum Token: Equatable {
    case number(Double)
    case op(Character)
    case leftParen, rightParen
}

indirect enum Expr {
    case value(Double)
    case binary(Character, Expr, Expr)
    case negate(Expr)
}

enum ParseError: Error {
    case unexpected(String)
    case divideByZero
}

func tokenize(_ text: String) throws -> [Token] {
    var tokens: [Token] = []
    var digits = ""
    func flush() {
        if let value = Double(digits) { tokens.append(.number(value)) }
        digits = ""
    }
    for ch in text {
        switch ch {
        case "0"..."9", ".":
            digits.append(ch)
        case "+", "-", "*", "/":
            flush()
            tokens.append(.op(ch))
        case "(":
            flush()
            tokens.append(.leftParen)
        case ")":
            flush()
            tokens.append(.rightParen)
        case " ":
            flush()
        default:
            throw ParseError.unexpected(String(ch))
        }
    }
    flush()
    return tokens
}

struct Parser {
    var tokens: [Token]
    var position = 0

    mutating func next() -> Token? {
        guard position < tokens.count else { return nil }
        defer { position += 1 }
        return tokens[position]
    }

    func peek() -> Token? { position < tokens.count ? tokens[position] : nil }

    mutating func expression() throws -> Expr {
        var left = try term()
        while case .op(let o)? = peek(), o == "+" || o == "-" {
            _ = next()
            left = .binary(o, left, try term())
        }
        return left
    }

    mutating func term() throws -> Expr {
        var left = try factor()
        while let token = peek(), case .op(let o) = token, "*/".contains(o) {
            _ = next()
            left = .binary(o, left, try factor())
        }
        return left
    }

    mutating func factor() throws -> Expr {
        switch next() {
        case .number(let v)?: return .value(v)
        case .op("-")?: return .negate(try factor())
        case .leftParen?:
            let inner = try expression()
            guard next() == .rightParen else { throw ParseError.unexpected("missing )") }
            return inner
        case let other?: throw ParseError.unexpected("\(other)")
        case nil: throw ParseError.unexpected("end")
        }
    }
}

func evaluate(_ e: Expr) throws -> Double {
    switch e {
    case .value(let v): return v
    case .negate(let inner): return -(try evaluate(inner))
    case .binary("/", _, let right) where try evaluate(right) == 0:
        throw ParseError.divideByZero
    case let .binary(o, l, r):
        let (a, b) = (try evaluate(l), try evaluate(r))
        switch o {
        case "+": return a + b
        case "-": return a - b
        case "*": return a * b
        default: return a / b
        }
    }
}

for text in ["1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 2)", "2 * (3 + x)", "10 / 4 - -1", "(1 + 2"] {
    do {
        var parser = Parser(tokens: try tokenize(text))
        let tree = try parser.expression()
        print(text, "=", try evaluate(tree))
    } catch ParseError.unexpected(let what) {
        print(text, "-> unexpected", what)
    } catch {
        print(text, "->", error)
    }
}
print(try tokenize("3.5*(2)").count, try! tokenize("1+1") == [.number(1), .op("+"), .number(1)])
