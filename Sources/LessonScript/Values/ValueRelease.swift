import Foundation

/// Releases values level by level instead of recursively.
///
/// Swift frees a nested value recursively: freeing `[[[...]]]` frees the inner array from inside the outer one's
/// destructor, a few stack frames per level. A lesson can nest a value millions of levels deep (`a = [a]` in a
/// loop, a long linked list of class instances), deeper than any stack. Here each container is emptied into a
/// list of pending values before it is dropped, so no destructor finds anything left to free recursively.
///
/// The interpreter drops values this way where a deep one is let go at no cost to the running code: a global
/// declared again (a cell run again) and the lesson's variables at its end. A class instance does it wherever it
/// is freed (an assignment, a function's locals, a temporary): its `deinit` hands its fields to the release under
/// way on its thread, or starts one, so a linked list of any length is freed in a loop. Other values dropped
/// elsewhere Swift frees, on the cell's thread with its large stack: walking each value dropped by an assignment
/// would cost its size every time.
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

    /// Drops `fields`, the stored properties of a class instance being freed, level by level: into the release
    /// under way on this thread (whose loop frees them after the instance is gone), or in a release of their own.
    static func releaseFields(_ fields: inout [Value]) {
        guard fields.contains(where: \.mayNest) else { return }
        if let queue = ReleaseQueue.current {
            queue.pending += fields
            fields = []
            return
        }
        drain(&fields)
    }

    /// Empties `values` and what they hold, one level at a time. While it runs, the class instances freed on
    /// this thread add their fields to its list instead of freeing them recursively.
    private static func drain(_ values: inout [Value]) {
        // Moved, not copied: a second holder of the values would keep them from being freed level by level.
        let queue = ReleaseQueue()
        swap(&queue.pending, &values)
        let outer = ReleaseQueue.current
        ReleaseQueue.current = queue
        defer { ReleaseQueue.current = outer }
        withExtendedLifetime(queue) {
            while var value = queue.pending.popLast() {
                // A list of its own: freeing `value` can run an instance's `deinit`, which adds to the queue's.
                var nested: [Value] = []
                empty(&value, into: &nested)
                queue.pending += nested
            }
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

/// The values a release on one thread has yet to free; `current` is the one under way on the calling thread.
private final class ReleaseQueue {
    var pending: [Value] = []

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The release under way on the calling thread (each thread frees what it drops, so each has its own).
    static var current: ReleaseQueue? {
        get { pthread_getspecific(key).map { Unmanaged<ReleaseQueue>.fromOpaque($0).takeUnretainedValue() } }
        set { pthread_setspecific(key, newValue.map { Unmanaged.passUnretained($0).toOpaque() }) }
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
