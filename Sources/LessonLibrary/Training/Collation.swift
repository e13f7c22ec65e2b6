import LessonScript
import Tensors

/// Joins the items of one batch as PyTorch's default collation does: tensors are stacked, numbers become a tensor
/// (int64 for integers, float32 for doubles, bool for Bools), tuples are collated position by position, and
/// anything else (strings) is kept as a tuple.
func collate(_ items: [Value]) throws -> Value {
    guard let first = items.first else { return .tuple(TupleValue([])) }
    switch first {
    case .native(let object) where object is Tensor:
        return .native(try stackBatch(items.map { try $0.asTensor() }))
    case .int, .double, .bool:
        return .native(try makeTensor(from: .array(items)))
    case .tuple(let tuple):
        // One pass over the items, sorting their elements into one column per tuple position.
        let width = tuple.elements.count
        var columns = [[Value]](repeating: [], count: width)
        for index in columns.indices { columns[index].reserveCapacity(items.count) }
        for item in items {
            guard case .tuple(let other) = item, other.elements.count == width else {
                throw BindingError("a DataLoader's items must all have the same shape to be collated")
            }
            for (index, element) in other.elements.enumerated() { columns[index].append(element) }
        }
        return .tuple(TupleValue(try columns.map(collate), labels: tuple.labels))
    default:
        return .tuple(TupleValue(items))
    }
}

/// `torch.stack(tensors)`, the batch of a data loader. Items of one shape, with at least one dimension and outside
/// autograd (the usual batch: rows of the data) are joined by `cat` and viewed with the new leading dimension:
/// the same tensor, without the per-item views `stack` makes. Anything else goes through `stack`, which also
/// records the gradient and reports mismatched shapes in PyTorch's words.
func stackBatch(_ tensors: [Tensor]) throws -> Tensor {
    guard let first = tensors.first, first.ndim > 0, first.count > 0,
        !tensors.contains(where: { $0.requiresGrad || $0.shape != first.shape })
    else {
        return try stack(tensors)
    }
    return try cat(tensors).view([tensors.count] + first.shape)
}
