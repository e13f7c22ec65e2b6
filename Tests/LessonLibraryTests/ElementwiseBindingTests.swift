import Tensors
import Testing

/// The element-wise operations reach cells from the cases of their enums, so the method list and the function
/// list cannot disagree: every operation is a method and a free function under its Swift name with the same
/// result as `Tensors` gives, and the binary ones with an operator in PyTorch are that operator too.
@Suite struct ElementwiseBindingTests {
    private static let values = [0.25, -1.5, 4.0]

    @Test(arguments: UnaryOperation.allCases)
    func everyUnaryOperationIsAMethodAndAFunction(_ operation: UnaryOperation) throws {
        let cells = CellRunner()
        _ = cells.run("let x = tensor(\(Self.values))")
        let name = operation.swiftName
        let expected = try tensor(Self.values).unary(operation).description
        #expect(cells.run("x.\(name)()") == expected)
        #expect(cells.run("\(name)(x)") == expected)
    }

    @Test func squareIsAMethodAndAFunctionToo() throws {
        let cells = CellRunner()
        _ = cells.run("let x = tensor(\(Self.values))")
        let expected = try tensor(Self.values).square().description
        #expect(cells.run("x.square()") == expected)
        #expect(cells.run("square(x)") == expected)
    }

    /// Python's operator for each PyTorch name that has one (`Tensor.__add__` is `add`).
    private static let pythonOperators = [
        "add": "+", "sub": "-", "mul": "*", "div": "/", "pow": "**", "remainder": "%",
        "eq": "==", "ne": "!=", "lt": "<", "le": "<=", "gt": ">", "ge": ">=",
        "bitwise_and": "&", "bitwise_or": "|", "bitwise_xor": "^",
    ]

    /// Checks `a.name(b)`, `name(a, b)` and, if PyTorch has one, `a op b` against `expected`.
    private func expectBoundForms(
        _ pytorchName: String, _ swiftName: String, _ expected: String, in cells: CellRunner
    ) {
        #expect(cells.run("a.\(swiftName)(b)") == expected, "\(pytorchName)")
        #expect(cells.run("\(swiftName)(a, b)") == expected, "\(pytorchName)")
        if let op = Self.pythonOperators[pytorchName] {
            #expect(cells.run("a \(op) b") == expected, "\(pytorchName) as \(op)")
        }
    }

    @Test func everyBinaryOperationIsAMethodAFunctionAndItsOperator() throws {
        let cells = CellRunner()
        let (left, right) = ([6, 3, -4], [2, 5, 3])
        _ = cells.run("let a = tensor(\(left))\nlet b = tensor(\(right))")
        let (a, b) = (TensorOperand.tensor(try tensor(left)), TensorOperand.tensor(try tensor(right)))
        for operation in ArithmeticOperation.allCases {
            let expected = try Tensor.arithmetic(operation, a, b).description
            expectBoundForms(operation.pytorchName, operation.swiftName, expected, in: cells)
        }
        for operation in ComparisonOperation.allCases {
            let expected = try Tensor.compare(operation, a, b).description
            expectBoundForms(operation.pytorchName, operation.swiftName, expected, in: cells)
        }
        for operation in BitwiseOperation.allCases {
            let expected = try Tensor.bitwise(operation, a, b).description
            expectBoundForms(operation.pytorchName, operation.swiftName, expected, in: cells)
        }
    }

    @Test func everyArithmeticOperatorUpdatesInPlace() throws {
        for operation in ArithmeticOperation.allCases {
            guard let op = Self.pythonOperators[operation.pytorchName] else { continue }
            let cells = CellRunner()
            _ = cells.run("let a = tensor([6.0, 3.0, -4.0])\nlet alias = a[...]\na \(op)= tensor([2.0, 5.0, 3.0])")
            let expected = try Tensor.arithmetic(
                operation, .tensor(try tensor([6.0, 3.0, -4.0])), .tensor(try tensor([2.0, 5.0, 3.0])))
            #expect(cells.run("alias") == expected.description, "\(op)= changes the tensor itself")
        }
    }

    @Test func numbersStillReachTheStandardLibrary() {
        let cells = CellRunner()
        #expect(cells.run("abs(-3)") == "3")
        #expect(cells.run("sqrt(4.0)") == "2.0")
        #expect(cells.run("pow(2.0, 10.0)") == "1024.0")
        #expect(cells.run("round(2.5)") == "3.0")
        #expect(cells.run("pow(2, tensor([1, 2]))") == "tensor([2, 4])")
    }
}
