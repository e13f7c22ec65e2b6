import LessonScript
import Tensors

/// `Tensor` as a cell type: properties, display, subscripts, iteration and conversions.
func registerTensorType(in table: BindingTable) {
    let dtype = table.type(DTypeValue.self, name: "DType")
    dtype.display { $0.dtype.description }

    let tensor = table.type(Tensor.self, name: "Tensor")
    tensor.display { $0.description }
    tensor.property("shape") { .array($0.shape.map(Value.int)) }
    tensor.property("ndim") { .int($0.ndim) }
    tensor.property("count") { tensor in
        guard let first = tensor.shape.first else { throw BindingError("len() of a 0-d tensor") }
        return .int(first)
    }
    tensor.property("dtype") { .native(DTypeValue($0.dtype)) }
    tensor.property("T") { .native(try $0.T) }
    tensor.property("data") { .native($0.data) }
    tensor.property("isLeaf") { .bool($0.isLeaf) }
    tensor.property("requiresGrad") { .bool($0.requiresGrad) }
    let node = table.type(GradNode.self, name: "GradNode")
    node.display { "<\($0.name) object>" }
    node.property("name") { .string($0.name) }
    tensor.property("gradFn") { tensor in .optional(tensor.gradFn.map { .native($0) }) }
    tensor.property(
        "grad", get: { tensor in .optional(tensor.grad.map { .native($0) }) },
        set: { tensor, value in
            if case .optional(nil) = value {
                tensor.grad = nil
            } else if case .optional(let wrapped?) = value {
                tensor.grad = try wrapped.asTensor()
            } else {
                tensor.grad = try value.asTensor()
            }
        })

    tensor.subscripts(
        get: { tensor, indices in .native(try tensor.index(indices.map(tensorIndex))) },
        set: { tensor, indices, value in try tensor.setIndex(indices.map(tensorIndex), to: value.asOperand()) })

    tensor.iterate { tensor in
        guard let count = tensor.shape.first else { throw BindingError("iteration over a 0-d tensor") }
        var position = 0
        return {
            guard position < count else { return nil }
            defer { position += 1 }
            return .native(try tensor.select(0, position))
        }
    }
    tensor.scalarConversion { value(of: try $0.item()) }
}
