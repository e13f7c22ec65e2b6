import LessonScript
import Tensors

/// Joins the items of one batch as PyTorch's default collation does: tensors are stacked, numbers become a tensor
/// (int64 for integers, float32 for doubles, bool for Bools), tuples are collated position by position, and
/// anything else (strings) is kept as a tuple.
func collate(_ items: [Value]) throws -> Value {
    guard let first = items.first else { return .tuple(TupleValue([])) }
    switch first {
    case .native(let object) where object is Tensor:
        return .native(try stack(items.map { try $0.asTensor() }))
    case .int, .double, .bool:
        return .native(try makeTensor(from: .array(items)))
    case .tuple(let tuple):
        let columns = try (0..<tuple.elements.count).map { position in
            try collate(
                items.map { item in
                    guard case .tuple(let other) = item, other.elements.count == tuple.elements.count else {
                        throw BindingError("a DataLoader's items must all have the same shape to be collated")
                    }
                    return other.elements[position]
                })
        }
        return .tuple(TupleValue(columns, labels: tuple.labels))
    default:
        return .tuple(TupleValue(items))
    }
}
