/// The run-time half of type checking: a declared `Int`, `Double`, `Bool` or `String` (of a variable, a
/// parameter, a result) that a value reaches without the checker having known its type before the cell ran
/// (a library's result, a closure's parameter). A value of another of these kinds is then the same error,
/// in swiftc's words, as the checker gives before the cell runs.
///
/// ```swift
/// let check = DeclaredTypeCheck(TypeAnnotation.named("Int"))
/// check.mismatch(.double(2.5))   // "Double": `cannot convert value of type 'Double' to ...`
/// check.mismatch(.int(2))        // nil
/// ```
enum DeclaredTypeCheck {
    /// Nothing to check: no annotation, or one the run-time check leaves alone.
    case none
    case int, double, bool, string

    /// The check for values of `annotation`.
    init(_ annotation: TypeAnnotation?) {
        guard case .named(let name)? = annotation else {
            self = .none
            return
        }
        switch name {
        case "Int": self = .int
        case "Double": self = .double
        case "Bool": self = .bool
        case "String": self = .string
        default: self = .none
        }
    }

    /// The declared type's name, for messages.
    var typeName: String {
        switch self {
        case .none: "_"
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        }
    }

    /// The name of `value`'s type when it is a number, `Bool`, `String` or `Character` other than the declared
    /// type (an `Int` is a `Double` where one is declared, as a literal would be); `nil` when it fits or is of
    /// a kind the check leaves to the operations that use it.
    @inline(__always)
    func mismatch(_ value: Value) -> String? {
        switch (self, value) {
        case (.none, _), (.int, .int), (.double, .double), (.double, .int), (.bool, .bool), (.string, .string):
            return nil
        case (_, .int): return "Int"
        case (_, .double): return "Double"
        case (_, .bool): return "Bool"
        case (_, .string): return "String"
        case (_, .character): return "Character"
        default: return nil
        }
    }
}
