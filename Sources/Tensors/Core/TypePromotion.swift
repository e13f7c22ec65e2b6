/// PyTorch's type promotion (`torch.result_type`): tensors with dimensions decide first, then zero-dimensional
/// tensors, then Swift numbers; a lower group only matters when it is of a higher category
/// (bool < integer < floating point).
///
/// ```swift
/// resultType(of: [.tensor(bytes), .scalar(.int(300))])   // .uint8
/// resultType(of: [.tensor(longs), .scalar(.double(0.5))])  // .float32
/// ```
func resultType(of operands: [TensorOperand]) -> DType {
    var dimensioned: DType?
    var zeroDimensional: DType?
    var wrapped: DType?
    for operand in operands {
        switch operand {
        case .tensor(let tensor) where tensor.ndim > 0:
            dimensioned = promote(dimensioned, tensor.dtype)
        case .tensor(let tensor):
            zeroDimensional = promote(zeroDimensional, tensor.dtype)
        case .scalar(let scalar):
            wrapped = promote(wrapped, scalar.dtype)
        }
    }
    return combineCategories(dimensioned, combineCategories(zeroDimensional, wrapped)) ?? .float32
}

/// The smallest dtype that holds both; with the six dtypes here that is the later of the two in
/// bool < uint8 < int32 < int64 < float32 < float64.
func promote(_ a: DType?, _ b: DType) -> DType {
    guard let a else { return b }
    return a.rawValue >= b.rawValue ? a : b
}

/// c10's `combine_categories`: the higher-priority group wins unless the lower one is of a higher category.
private func combineCategories(_ higher: DType?, _ lower: DType?) -> DType? {
    guard let higher else { return lower }
    guard let lower else { return higher }
    if higher.isFloatingPoint { return higher }
    if higher == .bool || lower.isFloatingPoint { return promote(higher, lower) }
    return higher
}
