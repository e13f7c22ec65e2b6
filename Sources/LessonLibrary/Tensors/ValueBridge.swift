import LessonScript
import Tensors

/// Conversions between the interpreter's values and the tensor library's arguments.
extension Value {
    /// The tensor inside, or an error naming what was found.
    func asTensor() throws -> Tensor {
        if case .native(let object) = self, let tensor = object as? Tensor { return tensor }
        throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'Tensor'")
    }

    /// Whether this value is a tensor.
    var isTensor: Bool {
        if case .native(let object) = self { return object is Tensor }
        return false
    }

    /// A number as a tensor scalar (`Int`, `Double` or `Bool`), or `nil`.
    var scalar: Scalar? {
        switch self {
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .bool(let value): .bool(value)
        default: nil
        }
    }

    /// A number as a tensor scalar, or an error.
    func asScalar() throws -> Scalar {
        guard let scalar else {
            throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'Double'")
        }
        return scalar
    }

    /// A tensor or a number as an operand of an element-wise operation; nested arrays of numbers become tensors.
    func asOperand() throws -> TensorOperand {
        if case .native(let object) = self, let tensor = object as? Tensor { return .tensor(tensor) }
        if let scalar { return .scalar(scalar) }
        if case .array = self { return .tensor(try makeTensor(from: self)) }
        throw BindingError("cannot use a value of type '\(typeName)' as a tensor operand")
    }

    /// A dtype given as `.float32` (an implicit member) or as a tensor's `dtype`.
    func asDType() throws -> DType {
        if case .symbol(let name) = self, let dtype = DType.allCases.first(where: { $0.name == name }) {
            return dtype
        }
        if case .native(let object) = self, let box = object as? DTypeValue { return box.dtype }
        throw BindingError("expected a dtype such as .float32, got '\(typeName)'")
    }

    /// A list of sizes given either as one array (`[2, 3]`) or as separate integers (`2, 3`, delivered by a
    /// variadic parameter as an array).
    func asShape() throws -> [Int] {
        let items = try asArray()
        if items.count == 1, case .array = items[0] { return try items[0].asIntArray() }
        return try items.map { try $0.asInt() }
    }

    /// One dimension (`1`) or several (`[-1, -2]`).
    func asDimensions() throws -> [Int] {
        if case .int(let dim) = self { return [dim] }
        return try asIntArray()
    }
}

/// A tensor from nested arrays of numbers (or a number, or a tensor, copied), as `torch.tensor`.
func makeTensor(from value: Value, dtype: DType? = nil) throws -> Tensor {
    if case .native(let object) = value, let tensor = object as? Tensor {
        return try dtype.map { try tensor.to($0) } ?? tensor.detach().clone()
    }
    var elements = FlatElements()
    try flatten(value, into: &elements, depth: 0)
    return try elements.makeTensor(dtype: dtype)
}

private func flatten(_ value: Value, into elements: inout FlatElements, depth: Int) throws {
    switch value {
    case .array(let items):
        try elements.visitArray(count: items.count, depth: depth)
        for item in items { try flatten(item, into: &elements, depth: depth + 1) }
    case .tuple(let tuple):
        try elements.visitArray(count: tuple.elements.count, depth: depth)
        for item in tuple.elements { try flatten(item, into: &elements, depth: depth + 1) }
    case .native(let object) where object is Tensor:
        guard let tensor = object as? Tensor else { return }
        try flatten(tensorAsNestedArrays(tensor), into: &elements, depth: depth)
    default:
        guard let scalar = value.scalar else {
            throw BindingError("tensor(): expected numbers or arrays of numbers, got '\(value.typeName)'")
        }
        try elements.append(scalar, depth: depth)
    }
}

/// A tensor's elements as nested arrays of numbers (`tolist()`).
func tensorAsNestedArrays(_ tensor: Tensor) throws -> Value {
    let values = try tensor.doubleElements()
    let dtype = tensor.dtype
    func element(_ value: Double) -> Value {
        if dtype.isFloatingPoint { return .double(value) }
        if dtype == .bool { return .bool(value != 0) }
        return .int(Int(value))
    }
    func nest(_ dim: Int, _ offset: Int) -> Value {
        if dim == tensor.ndim { return element(values[offset]) }
        let inner = tensor.shape[(dim + 1)...].reduce(1, *)
        return .array((0..<tensor.shape[dim]).map { nest(dim + 1, offset + $0 * inner) })
    }
    return nest(0, 0)
}

/// The interpreter value of a tensor library scalar.
func value(of scalar: Scalar) -> Value {
    switch scalar {
    case .bool(let flag): .bool(flag)
    case .int(let integer): .int(integer)
    case .double(let double): .double(double)
    }
}

/// A subscript entry in cell spelling as a tensor index: `1`, `1..<3`, `2...`, `...` (whole dimension),
/// `.ellipsis`, `.newAxis` or `nil`, a mask or index tensor.
func tensorIndex(_ value: Value) throws -> TensorIndex {
    switch value {
    case .int(let position):
        return .index(position)
    case .range(let range):
        if range.lower == nil && range.upper == nil { return .all }
        let start = try range.lower?.asInt()
        var end = try range.upper?.asInt()
        if range.isClosed, let last = end { end = last == -1 ? nil : last + 1 }
        return .slice(start: start, end: end, step: 1)
    case .symbol("ellipsis"):
        return .ellipsis
    case .symbol("newAxis"), .optional(nil):
        return .newAxis
    case .native(let object) where object is Tensor:
        return .tensor(try value.asTensor())
    case .array:
        return .tensor(try makeTensor(from: value))
    default:
        throw BindingError("cannot index a tensor with a value of type '\(value.typeName)'")
    }
}
