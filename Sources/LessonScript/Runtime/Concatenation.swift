extension Runtime {
    /// `lhs + rhs` for strings, characters and arrays, checked against the memory limit first; `nil` for other
    /// operands.
    ///
    /// ```swift
    /// try runtime.concatenation(.string("ab"), .character("c"))  // .string("abc")
    /// try runtime.concatenation(.int(1), .int(2))                 // nil
    /// ```
    func concatenation(_ lhs: Value, _ rhs: Value) throws -> Value? {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)):
            try memory.reserve(bytes: a.utf8.count &+ b.utf8.count, for: "a String")
            return .string(a + b)
        case (.string(let a), .character(let b)):
            try memory.reserve(bytes: a.utf8.count &+ 16, for: "a String")
            return .string(a + String(b))
        case (.character(let a), .string(let b)):
            try memory.reserve(bytes: b.utf8.count &+ 16, for: "a String")
            return .string(String(a) + b)
        case (.array(let a), .array(let b)):
            try memory.reserve(count: a.count &+ b.count, of: ValueMemory.valueSize, for: "an Array")
            return .array(a + b)
        default:
            return nil
        }
    }

    /// Appends `more` to `text` in place (`s += t`, `s.append(t)`), checked against the memory limit first.
    func append(_ more: String, to text: inout String) throws {
        try memory.reserve(bytes: text.utf8.count &+ more.utf8.count, for: "a String")
        text += more
    }

    /// Appends `more` to `elements` in place (`a += b`, `a.append(contentsOf: b)`), checked against the memory
    /// limit first.
    func append(_ more: [Value], to elements: inout [Value]) throws {
        try memory.reserve(count: elements.count &+ more.count, of: ValueMemory.valueSize, for: "an Array")
        elements += more
    }
}
