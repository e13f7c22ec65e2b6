import Testing

@testable import LessonScript

/// The compiled fast path for `Int` and `Double` operators gives what the general path gives, and leaves every
/// error (overflow, division by zero) and every mixed case to it.
struct NumericOperatorTests {
    private let runtime = Runtime(bindings: BindingTable())
    private let operators: [BinaryOperator] = [
        .add, .subtract, .multiply, .divide, .less, .greater, .lessOrEqual, .greaterOrEqual, .equal, .notEqual,
    ]
    private let integers = [0, 1, -1, 7, -7, 2, Int.max, Int.min]
    private let doubles = [0.0, -0.0, 1.5, -2.25, .infinity, -.infinity, .nan, 1e308]

    /// Whether two results are the same value (NaN equal to NaN, -0.0 told from 0.0).
    private func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): x == y
        case (.double(let x), .double(let y)): x.bitPattern == y.bitPattern || (x.isNaN && y.isNaN)
        case (.bool(let x), .bool(let y)): x == y
        default: false
        }
    }

    @Test func integersMatchTheGeneralPath() throws {
        for op in operators {
            let numeric = try #require(NumericOperator(op))
            for a in integers {
                for b in integers {
                    let general = Result { try runtime.binary(op, .int(a), .int(b)) }
                    if let fast = numeric.apply(.int(a), .int(b)) {
                        #expect(same(fast, try general.get()), "\(a) \(op.spelling) \(b)")
                    } else {
                        // Only what the general path reports as an error is left to it.
                        #expect(throws: RuntimeError.self, "\(a) \(op.spelling) \(b)") { try general.get() }
                    }
                }
            }
        }
    }

    @Test func doublesMatchTheGeneralPath() throws {
        for op in operators {
            let numeric = try #require(NumericOperator(op))
            for a in doubles {
                for b in doubles {
                    let fast = try #require(numeric.apply(.double(a), .double(b)))
                    #expect(same(fast, try runtime.binary(op, .double(a), .double(b))), "\(a) \(op.spelling) \(b)")
                }
            }
        }
    }

    @Test func mixedAndOtherOperandsTakeTheGeneralPath() throws {
        let add = try #require(NumericOperator(.add))
        #expect(add.apply(.int(1), .double(2.5)) == nil)
        #expect(add.apply(.string("a"), .string("b")) == nil)
        #expect(NumericOperator(.remainder) == nil)
        #expect(NumericOperator(.power) == nil)
    }

    @Test func cellsKeepSwiftsErrors() {
        #expect(
            output("var n = Int.max\nn += 1").hasSuffix(
                "error: arithmetic operation '9223372036854775807 + 1' (on type 'Int') results in an overflow"))
        #expect(output("let zero = 0\n7 / zero").hasSuffix("error: Division by zero"))
        #expect(output("var total = 0.0\nfor i in 1...4 { total += Double(i) / 8 }\ntotal") == "1.25")
        #expect(output("var count = 0\nfor i in 0..<10 where i % 3 == 0 { count += i }\ncount") == "18")
    }
}
