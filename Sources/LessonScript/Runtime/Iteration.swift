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
            return zip(dictionary.keys, dictionary.values).map {
                .tuple(TupleValue([$0, $1], labels: ["key", "value"]))
            }
        case .string(let string): return string.map { .character($0) }
        case .range(let range):
            guard case .int? = range.lower, case .int? = range.upper else {
                throw RuntimeError("cannot use a range of type '\(sequence.typeName)' as a sequence")
            }
            guard let bounds = range.intRange else { return [] }
            if bounds.count > 100_000_000 { throw RuntimeError("range too long to make into an array") }
            return bounds.map { .int($0) }
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
}
