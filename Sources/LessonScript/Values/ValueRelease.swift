/// Releases values level by level instead of recursively.
///
/// Swift frees a nested value recursively: freeing `[[[...]]]` frees the inner array from inside the outer one's
/// destructor, a few stack frames per level. A lesson can nest a value millions of levels deep (`a = [a]` in a
/// loop, a long linked list of class instances), deeper than any stack. Here each container is emptied into a
/// list of pending values before it is dropped, so no destructor finds anything left to free recursively.
///
/// The interpreter drops values this way where a deep one is let go at no cost to the running code: a global
/// declared again (a cell run again) and the lesson's variables at its end. Elsewhere (an assignment, a
/// function's locals, a temporary) Swift frees them, on the cell's thread with its large stack: walking a value
/// there on every assignment would cost its size each time, and Swift cannot say whether an array's storage is
/// shared, which is what decides whether freeing it frees its elements.
///
/// ```swift
/// ValueRelease.release(&variables)   // at the end of a lesson
/// ```
enum ValueRelease {
    /// Drops what `variables` hold (where nothing else holds it too), emptying the list.
    static func release(_ variables: inout [Variable]) {
        var pending: [Value] = []
        while var variable = variables.popLast() {
            guard isKnownUniquelyReferenced(&variable), variable.value.mayNest else { continue }
            pending.append(variable.value)
            variable.value = .void
        }
        drain(&pending)
    }

    private static func drain(_ pending: inout [Value]) {
        while var value = pending.popLast() {
            empty(&value, into: &pending)
        }
    }

    /// Moves the values nested in `value` that can themselves hold values to `pending`, when `value` is the only
    /// holder of the storage they are in (so that dropping it would free them), and drops `value`. Storage held
    /// elsewhere too is only let go: emptying it would walk a structure shared many times over (`a = [a, a]` in
    /// a loop) once per path through it. Dictionaries and sets are let go as they are.
    private static func empty(_ value: inout Value, into pending: inout [Value]) {
        // In place: a copy of the storage or the object would be one more holder.
        var (storage, object, nested) = take(&value)
        if storage != nil { keepNesting(&storage!, in: &pending) }
        if object != nil, isKnownUniquelyReferenced(&object!) { keepNesting(&object!.fields, in: &pending) }
        pending += nested.filter(\.mayNest)
    }

    /// Takes what `value` holds out of it, leaving `.void`: the array storage of an array, a tuple, a struct's
    /// fields or an enum case's payload; a class instance; the values in an optional or a range. (Taken after the
    /// `switch` ends, so that no copy made for the `switch` still holds the storage when its holders are counted.)
    private static func take(_ value: inout Value) -> (storage: [Value]?, object: ObjectInstance?, nested: [Value]) {
        var taken: (storage: [Value]?, object: ObjectInstance?, nested: [Value]) = (nil, nil, [])
        switch value {
        case .array(let elements): taken.storage = elements
        case .tuple(let tuple): taken.storage = tuple.elements
        case .structInstance(let instance): taken.storage = instance.fields
        case .enumCase(let enumCase): taken.storage = enumCase.payload?.elements
        case .object(let object): taken.object = object
        case .optional(let wrapped?): taken.nested = [wrapped]
        case .range(let range): taken.nested = [range.lower, range.upper].compactMap { $0 }
        default: break
        }
        value = .void
        return taken
    }

    /// Moves the values in `values` that can hold others to `pending` when nothing but `values` holds its storage.
    private static func keepNesting(_ values: inout [Value], in pending: inout [Value]) {
        guard values.isStorageUniquelyReferenced() else { return }
        for value in values where value.mayNest { pending.append(value) }
        values = []
    }
}

extension Array {
    /// Whether nothing else holds this array's storage, so that dropping the array frees its elements.
    ///
    /// An array is a single reference to its storage, a class instance; this asks `isKnownUniquelyReferenced`
    /// about that reference in place (the standard library's own test is not public).
    fileprivate mutating func isStorageUniquelyReferenced() -> Bool {
        Swift.withUnsafeMutableBytes(of: &self) { bytes in
            bytes.withMemoryRebound(to: AnyObject.self) { isKnownUniquelyReferenced(&$0[0]) }
        }
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
