import LessonScript
import Tensors

/// The operators on tensors: arithmetic with broadcasting, `**`, comparisons giving bool tensors, logical
/// `& | ^ ~`, negation, and the in-place compound assignments (`p.data -= lr * g`).
func registerTensorOperators(in table: BindingTable) {
    let tensor = table.type(Tensor.self, name: "Tensor")
    let arithmetic: [(String, ArithmeticOperation)] = [
        ("+", .add), ("-", .subtract), ("*", .multiply), ("/", .divide), ("%", .remainder), ("**", .power),
    ]
    for (name, operation) in arithmetic {
        tensor.binaryOperator(name) { lhs, rhs in
            .native(try Tensor.arithmetic(operation, lhs.asOperand(), rhs.asOperand()))
        }
    }
    let comparisons: [(String, ComparisonOperation)] = [
        ("==", .equal), ("!=", .notEqual), ("<", .less), ("<=", .lessOrEqual), (">", .greater),
        (">=", .greaterOrEqual),
    ]
    for (name, operation) in comparisons {
        tensor.binaryOperator(name) { lhs, rhs in
            .native(try Tensor.compare(operation, lhs.asOperand(), rhs.asOperand()))
        }
    }
    let logical: [(String, BitwiseOperation)] = [("&", .and), ("|", .or), ("^", .xor)]
    for (name, operation) in logical {
        tensor.binaryOperator(name) { lhs, rhs in
            .native(try Tensor.bitwise(operation, lhs.asOperand(), rhs.asOperand()))
        }
    }
    tensor.prefixOperator("-") { .native(try $0.neg()) }
    tensor.prefixOperator("~") { .native(try $0.bitwiseNot()) }
    let inPlace: [(String, ArithmeticOperation)] = [
        ("+=", .add), ("-=", .subtract), ("*=", .multiply), ("/=", .divide), ("**=", .power),
    ]
    for (name, operation) in inPlace {
        tensor.inPlaceOperator(name) { target, value in try target.updateInPlace(operation, value.asOperand()) }
    }
}
