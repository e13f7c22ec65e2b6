import OrderedCollections

extension Runtime {
    /// Produces the elements of a sequence one by one (ranges lazily, so `for i in 0..<1_000_000` allocates
    /// nothing), for `for-in`.
    func makeIterator(_ sequence: Value) throws -> () throws -> Value? {
        switch sequence {
        case .range(let range):
            if case .int(let low)? = range.lower {
                var next = low
                let last: Int
                switch range.upper {
                case .int(let high)?:
                    if range.isClosed {
                        last = high
                    } else {
                        guard high > .min else { return { nil } }
                        last = high - 1
                    }
                case nil: last = .max
                default: throw RuntimeError("cannot iterate over a range of type '\(sequence.typeName)'")
                }
                var finished = next > last
                return {
                    guard !finished else { return nil }
                    let value = next
                    if next == last { finished = true } else { next += 1 }
                    return .int(value)
                }
            }
        case .native(let object):
            if let iterator = bindings.binding(for: object)?.lookup({ $0.iterator }) { return try iterator(object) }
            throw RuntimeError("'\(sequence.typeName)' is not a sequence that for-in can iterate")
        default:
            break
        }
        let elements = try self.elements(of: sequence)
        var index = 0
        return {
            guard index < elements.count else { return nil }
            index += 1
            return elements[index - 1]
        }
    }

    /// All elements of a finite sequence: an array, a set, a dictionary (as `(key:value:)` tuples), a string's
    /// characters, a bounded integer range, or an iterable library object.
    func elements(of sequence: Value) throws -> [Value] {
        switch sequence {
        case .array(let elements): return elements
        case .set(let set): return set.elements
        case .dictionary(let dictionary):
            let labels = Self.keyValueLabels
            return try collect(
                zip(dictionary.keys, dictionary.values), count: dictionary.count, of: ValueMemory.pairSize
            ) { .tuple(TupleValue([$0, $1], labels: labels)) }
        case .string(let string):
            return try collect(string, count: string.count, of: ValueMemory.valueSize) { .character($0) }
        case .range(let range):
            guard range.hasIntBounds else {
                throw RuntimeError("cannot use a range of type '\(sequence.typeName)' as a sequence")
            }
            guard let values = range.intValues else { return [] }
            return try collect(values, count: try range.intCount, of: ValueMemory.valueSize) { .int($0) }
        case .native(let object):
            guard let binding = bindings.binding(for: object) else { break }
            if let conversion = binding.lookup({ $0.arrayConversion }) { return try conversion(object) }
            if let iterator = binding.lookup({ $0.iterator }) {
                let next = try iterator(object)
                var result: [Value] = []
                while let element = try next() {
                    try tick()
                    result.append(element)
                }
                return result
            }
        case .optional(let wrapped?):
            throw RuntimeError(
                "value of optional type '\(wrapped.typeName)?' must be unwrapped to be used as a sequence")
        default:
            break
        }
        throw RuntimeError("for-in loop requires '\(sequence.typeName)' to conform to 'Sequence'")
    }

    /// The labels of a dictionary's elements, `(key:value:)`, shared by all of them.
    private static let keyValueLabels: [String?] = ["key", "value"]

    /// The values `transform` makes of `sequence`'s `count` elements, each taking about `size` bytes: checked
    /// against the memory limit first, and against the time limit as they are made.
    func collect<Elements: Sequence>(
        _ sequence: Elements, count: Int, of size: Int, _ transform: (Elements.Element) throws -> Value
    ) throws -> [Value] {
        try memory.reserve(count: count, of: size, for: "an Array")
        var result: [Value] = []
        result.reserveCapacity(count)
        for element in sequence {
            result.append(try transform(element))
            if result.count & 0xFFFF == 0 { try checkTime() }
        }
        return result
    }

    /// A set of `elements`, built under the memory and time limits.
    func makeSet(_ elements: [Value]) throws -> OrderedSet<Value> {
        try memory.reserve(count: elements.count, of: ValueMemory.setElementSize, for: "a Set")
        var set = OrderedSet<Value>()
        for (index, element) in elements.enumerated() {
            set.append(element)
            if index & 0xFFFF == 0xFFFF { try checkTime() }
        }
        return set
    }
}
