import Learning
import LessonScript

/// fast.ai's `L` in cells: a list of any values that displays as fast.ai shows it, `(#6131) [Path('train/3/10.png'),
/// Path('train/3/10000.png'),...]` (the count, then at most ten items), so a lesson that shows a folder of thousands
/// of files records one short line. `path.ls()` returns one.
///
/// An `L` is an object, as in Python: `let b = a` names the same list. Anything that takes an array takes an `L`
/// too (`stack(l)`, `loadImages(l)`, `DataLoader(l)`), and so do `for x in l` and `Array(l)`.
///
/// ```swift
/// let list = FastList([.int(1), .int(2)])
/// Value.native(list)   // displays (#2) [1,2]
/// ```
final class FastList: ValueList {
    /// The items, in order.
    var values: [Value]

    /// A list of `values`.
    init(_ values: [Value]) {
        self.values = values
    }
}

/// `L(...)`, its display, `count`, `isEmpty`, `first`, `last`, subscripts (a position, a range, an array of
/// positions or a mask of `Bool`s), `itemgot(i)`, and `sorted`, `map`, `filter`, `reversed` and `+`, which give
/// lists, as fast.ai's do.
func registerList(in table: BindingTable) {
    let list = table.type(FastList.self, name: "L")
    list.initializer("init(_...:)") { call in
        let items = try call.value(0).asArray()
        // `L([1, 2])` and `L(1, 2)` are the same list, as are `L(0..<3)` and `L([0, 1, 2])`; `L(5)` is `[5]`.
        if items.count == 1, let only = items.first, only.isSequence {
            return .native(FastList(try call.elements(of: only)))
        }
        return .native(FastList(items))
    }
    list.displayContents { list, describe in try collRepr(count: list.values.count) { try describe(list.values[$0]) } }
    list.iterate { list in
        var index = 0
        return {
            guard index < list.values.count else { return nil }
            defer { index += 1 }
            return list.values[index]
        }
    }
    list.arrayConversion { $0.values }
    list.property("count") { .int($0.values.count) }
    list.property("isEmpty") { .bool($0.values.isEmpty) }
    list.property("first") { .optional($0.values.first) }
    list.property("last") { .optional($0.values.last) }
    list.subscripts(
        get: { list, indices in try listSubscript(list, indices) },
        set: { list, indices, value in
            guard indices.count == 1, case .int(let index) = indices[0] else {
                throw BindingError("an L is assigned one item at a time: l[i] = x")
            }
            list.values[try position(index, count: list.values.count)] = value
        })
    list.method("itemgot(_...:)") { list, call in
        var items = list.values
        for index in try call.value(0).asArray() { items = try items.map { try item(index, of: $0, call) } }
        return .native(FastList(items))
    }
    // The standard library's methods of arrays, with lists for results where they give arrays.
    for (signature, labels) in [
        ("sorted(by?:)", ["by"]), ("map(_:)", [nil]), ("filter(_:)", [nil]), ("reversed()", []),
    ] as [(String, [String?])] {
        let name = String(signature.prefix { $0 != "(" })
        list.method(signature) { list, call in
            let arguments = call.arguments.compactMap { $0 }
            let result = try call.callMethod(
                .array(list.values), name, arguments, labels: Array(labels.prefix(arguments.count)))
            if case .array(let items) = result { return .native(FastList(items)) }
            return result
        }
    }
    list.binaryOperator(.add) { lhs, rhs in .native(FastList(try lhs.asArray() + rhs.asArray())) }
}

/// `element[index]`, as Python indexes it: a tuple's element by position too.
private func item(_ index: Value, of element: Value, _ call: BindingCall) throws -> Value {
    guard case .tuple(let tuple) = element else { return try call.subscriptValue(element, [index]) }
    return tuple.elements[try position(try index.asInt(), count: tuple.elements.count)]
}

/// `l[i]` (negative counts from the end), `l[1..<3]`, `l[[0, 2]]`, `l[mask]`: one item, or a list of them.
private func listSubscript(_ list: FastList, _ indices: [Value]) throws -> Value {
    let items = list.values
    guard indices.count == 1 else { throw BindingError("an L takes one index, got \(indices.count)") }
    switch indices[0] {
    case .int(let index):
        return items[try position(index, count: items.count)]
    case .range(let range):
        let low = try range.lower.map { try $0.asInt() } ?? 0
        var high = try range.upper.map { try $0.asInt() } ?? items.count
        if range.isClosed && range.upper != nil { high += 1 }
        guard 0 <= low, low <= high, high <= items.count else {
            throw BindingError("Index range \(low)..<\(high) out of bounds for an L of \(items.count) items")
        }
        return .native(FastList(Array(items[low..<high])))
    case .array(let selection):
        if selection.allSatisfy({ if case .bool = $0 { true } else { false } }) {
            guard selection.count == items.count else {
                throw BindingError("a mask of \(selection.count) Bools for an L of \(items.count) items")
            }
            let kept = zip(items, selection).compactMap { item, keep -> Value? in
                if case .bool(true) = keep { return item }
                return nil
            }
            return .native(FastList(kept))
        }
        return .native(FastList(try selection.map { items[try position(try $0.asInt(), count: items.count)] }))
    default:
        throw BindingError("cannot index an L with a value of type '\(indices[0].typeName)'")
    }
}

/// The array position of index `index` (negative: from the end), or Python's error when it is out of range.
private func position(_ index: Int, count: Int) throws -> Int {
    let position = index < 0 ? index + count : index
    guard 0 <= position, position < count else { throw BindingError("list index out of range") }
    return position
}

extension Value {
    /// Whether `L(x)` takes `x`'s elements rather than `x` itself: an array, a set, a range or another list.
    fileprivate var isSequence: Bool {
        switch self {
        case .array, .set, .range: true
        case .native(let object): object is FastList
        default: false
        }
    }
}
