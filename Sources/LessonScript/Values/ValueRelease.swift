/// Releases values level by level instead of recursively.
///
/// Swift frees a nested value recursively: freeing `[[[...]]]` frees the inner array from inside the outer one's
/// destructor, a few stack frames per level. A lesson can nest a value millions of levels deep (`a = [a]` in a
/// loop, a long linked list of class instances), deeper than any stack. Here each container is emptied into a
/// list of pending values before it is dropped, so no destructor finds anything left to free recursively.
///
/// ```swift
/// ValueRelease.release(&variables)   // at the end of a lesson
/// ```
enum ValueRelease {
    /// Releases what `variables` hold (where nothing else holds it too), emptying the list.
    static func release(_ variables: inout [Variable]) {
        var pending: [Value] = []
        while var variable = variables.popLast() {
            guard isKnownUniquelyReferenced(&variable) else { continue }
            if variable.value.mayNest { pending.append(variable.value) }
            variable.value = .void
        }
        while var value = pending.popLast() {
            empty(&value, into: &pending)
        }
    }

    /// Moves the values nested in `value` that can themselves hold values to `pending`, and drops `value`.
    private static func empty(_ value: inout Value, into pending: inout [Value]) {
        switch value {
        case .object(var object):
            value = .void
            guard isKnownUniquelyReferenced(&object) else { return }
            keepNesting(object.fields, in: &pending)
            object.fields = []
        case .array(let elements): keepNesting(elements, in: &pending)
        case .dictionary(let dictionary):
            keepNesting(dictionary.keys, in: &pending)
            keepNesting(dictionary.values, in: &pending)
        case .set(let set): keepNesting(set.elements, in: &pending)
        case .tuple(let tuple): keepNesting(tuple.elements, in: &pending)
        case .optional(let wrapped?): keepNesting([wrapped], in: &pending)
        case .range(let range): keepNesting([range.lower, range.upper].compactMap { $0 }, in: &pending)
        case .structInstance(let instance): keepNesting(instance.fields, in: &pending)
        case .enumCase(let enumCase): keepNesting(enumCase.payload?.elements ?? [], in: &pending)
        default: break
        }
        value = .void
    }

    private static func keepNesting(_ values: [Value], in pending: inout [Value]) {
        for value in values where value.mayNest { pending.append(value) }
    }
}

extension Value {
    /// Whether the value can hold other values (so releasing it may free more).
    fileprivate var mayNest: Bool {
        switch self {
        case .void, .int, .double, .bool, .string, .character, .type, .symbol, .native, .optional(nil): false
        default: true
        }
    }
}
