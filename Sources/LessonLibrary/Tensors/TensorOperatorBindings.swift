import LessonScript
import Tensors

/// The element-wise operations, all bound from the cases of their `Tensors` enums so that no list is kept twice:
/// each is a method and a free function under its PyTorch name (`t.neg()` and `neg(t)`, `t.add(1)` and
/// `add(t, 1)`, `t.bitwiseAnd(m)`), and those with an operator are that operator too (`+`, `<`, `&`), with the
/// arithmetic ones also in place (`p.data -= lr * g`). Free functions take a tensor (`where:`), so `abs(-3)`,
/// `sqrt(2.0)` and `pow(2.0, 3.0)` still reach Swift's own functions.
func registerTensorOperators(in table: BindingTable) {
    let tensor = table.type(Tensor.self, name: "Tensor")
    var unary: [(String, (Tensor) throws -> Tensor)] = UnaryOperation.allCases.map { operation in
        (operation.swiftName, { try $0.unary(operation) })
    }
    // `square` is a composite in PyTorch too (pow(t, 2), recorded as PowBackward0).
    unary.append(("square", { try $0.square() }))
    for (name, apply) in unary {
        tensor.method("\(name)()") { tensor, _ in .native(try apply(tensor)) }
        table.function("\(name)(_:)", where: { $0.first??.isTensor == true }) { call in
            .native(try apply(call.value(0).asTensor()))
        }
    }
    for operation in ArithmeticOperation.allCases {
        registerBinary(operation, operation.cellOperator, tensor, table, apply: Tensor.arithmetic)
        guard let cellOperator = operation.cellOperator else { continue }
        tensor.inPlaceOperator(cellOperator) { target, value in
            try target.updateInPlace(operation, value.asOperand())
        }
    }
    for operation in ComparisonOperation.allCases {
        registerBinary(operation, operation.cellOperator, tensor, table, apply: Tensor.compare)
    }
    for operation in BitwiseOperation.allCases {
        registerBinary(operation, operation.cellOperator, tensor, table, apply: Tensor.bitwise)
    }
    tensor.prefixOperator(.negate) { .native(try $0.neg()) }
    tensor.prefixOperator(.bitwiseNot) { .native(try $0.bitwiseNot()) }
}

/// `operation` as the method `t.name(other)`, the free function `name(a, b)` (when either is a tensor) and, if it
/// has one, the operator `a op b` (either operand may be the tensor).
private func registerBinary<Operation: ElementwiseOperation>(
    _ operation: Operation, _ cellOperator: BinaryOperator?, _ tensor: NativeType<Tensor>, _ table: BindingTable,
    apply: @escaping (Operation, TensorOperand, TensorOperand) throws -> Tensor
) {
    let name = operation.swiftName
    tensor.method("\(name)(_:)") { tensor, call in
        .native(try apply(operation, .tensor(tensor), call.value(0).asOperand()))
    }
    let eitherIsTensor: ([Value?]) -> Bool = { $0.contains { $0?.isTensor == true } }
    table.function("\(name)(_:_:)", where: eitherIsTensor) { call in
        .native(try apply(operation, call.value(0).asOperand(), call.value(1).asOperand()))
    }
    guard let cellOperator else { return }
    tensor.binaryOperator(cellOperator) { lhs, rhs in .native(try apply(operation, lhs.asOperand(), rhs.asOperand())) }
}

extension ArithmeticOperation {
    /// The cell operator applying this operation (`+` for `.add`); `maximum` and `minimum` have none.
    var cellOperator: BinaryOperator? {
        switch self {
        case .add: .add
        case .subtract: .subtract
        case .multiply: .multiply
        case .divide: .divide
        case .remainder: .remainder
        case .power: .power
        case .maximum, .minimum: nil
        }
    }
}

extension ComparisonOperation {
    /// The cell operator applying this comparison (`<` for `.less`).
    var cellOperator: BinaryOperator? {
        switch self {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        }
    }
}

extension BitwiseOperation {
    /// The cell operator applying this operation (`&` for `.and`).
    var cellOperator: BinaryOperator? {
        switch self {
        case .and: .bitwiseAnd
        case .or: .bitwiseOr
        case .xor: .bitwiseXor
        }
    }
}
