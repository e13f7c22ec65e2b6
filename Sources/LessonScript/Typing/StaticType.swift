/// What the type checker knows about a value's type before a cell runs.
///
/// The checker models the standard library's common types, the types cells declare and the shapes built from
/// them (optionals, arrays, dictionaries, tuples, functions). Everything else, a library's tensor, a generic
/// parameter, a protocol's associated type, is `unknown`: an unknown type fits every context and never causes
/// an error, so the checker rejects only what it is sure Swift rejects.
///
/// ```swift
/// StaticType.optional(.array(.int)).description        // "[Int]?"
/// StaticType.dictionary(.string, .double).description  // "[String : Double]"
/// StaticType.integerLiteral.defaulted                  // .int
/// ```
indirect enum StaticType: Hashable {
    /// Not known before the cell runs: fits everything.
    case unknown
    /// `()`, what a function without a result returns.
    case void
    case int, double, bool, string, character
    /// An integer literal, or arithmetic on integer literals, that no context has typed yet: `Int` by default,
    /// `Double` where a `Double` is expected (`let x: Double = 1 + 2`).
    case integerLiteral
    /// A floating-point literal (or arithmetic on literals with one among them) not typed yet: `Double`.
    case floatLiteral
    /// `nil` with no optional type around it yet.
    case nilLiteral
    case optional(StaticType)
    case array(StaticType)
    case dictionary(StaticType, StaticType)
    case set(StaticType)
    /// A tuple; `labels` has one entry per element (`nil` for none).
    case tuple([StaticType], labels: [String?])
    /// A function or closure taking `parameters` (by position) and returning `result`.
    case function([StaticType], StaticType)
    /// `Range<Bound>` (`..<`) or `ClosedRange<Bound>` (`...`).
    case range(StaticType, isClosed: Bool)
    /// A struct, class, enum or protocol declared by a cell, by name.
    case declared(String)
    /// A type used as a value: `Int` in `Int("3")`, `Point` in `Point(x: 1, y: 2)`.
    case metatype(StaticType)

    /// The type a literal takes where nothing else decides: `Int` for an integer literal, `Double` for a
    /// floating-point one, inside collections and tuples too.
    var defaulted: StaticType {
        switch self {
        case .integerLiteral: .int
        case .floatLiteral: .double
        case .nilLiteral: .unknown
        case .optional(let wrapped): .optional(wrapped.defaulted)
        case .array(let element): .array(element.defaulted)
        case .dictionary(let key, let value): .dictionary(key.defaulted, value.defaulted)
        case .set(let element): .set(element.defaulted)
        case .tuple(let elements, let labels): .tuple(elements.map(\.defaulted), labels: labels)
        case .range(let bound, let isClosed): .range(bound.defaulted, isClosed: isClosed)
        default: self
        }
    }

    /// Whether a value of this type may be a closure, as Swift's matching of an unlabelled trailing closure asks
    /// (see ``ParameterShape/resemblesFunction``): a function type, optional or not, or a type not known here.
    var resemblesFunction: Bool {
        switch self {
        case .unknown, .function: true
        case .optional(let wrapped): wrapped.resemblesFunction
        default: false
        }
    }

    /// Whether nothing in the type is unknown: only such types appear in an error message.
    var isFullyKnown: Bool {
        switch self {
        case .unknown, .nilLiteral: false
        case .optional(let wrapped): wrapped.isFullyKnown
        case .array(let element), .set(let element): element.isFullyKnown
        case .dictionary(let key, let value): key.isFullyKnown && value.isFullyKnown
        case .tuple(let elements, _): elements.allSatisfy(\.isFullyKnown)
        case .function(let parameters, let result): parameters.allSatisfy(\.isFullyKnown) && result.isFullyKnown
        case .range(let bound, _): bound.isFullyKnown
        case .metatype(let instance): instance.isFullyKnown
        default: true
        }
    }

    /// Whether this is an untyped number literal (`integerLiteral` or `floatLiteral`).
    var isNumberLiteral: Bool { self == .integerLiteral || self == .floatLiteral }

    /// A number, `Bool`, `String` or `Character`, typed or a literal.
    var isPlainValue: Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .integerLiteral, .floatLiteral: true
        default: false
        }
    }

    /// `Int` or `Double`, typed.
    var isNumber: Bool { self == .int || self == .double }

    /// The wrapped type of an optional, or `nil` for any other type.
    var wrappedType: StaticType? {
        if case .optional(let wrapped) = self { return wrapped }
        return nil
    }

    /// The type as Swift's compiler spells it in its messages: `Int`, `[Int]?`, `[String : Double]`,
    /// `(Int, String)`, `(Int) -> Double`, `ClosedRange<Int>`.
    var description: String {
        switch self {
        case .unknown, .nilLiteral: "_"
        case .void: "()"
        case .int, .integerLiteral: "Int"
        case .double, .floatLiteral: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .optional(let wrapped):
            if case .function = wrapped { "(\(wrapped.description))?" } else { "\(wrapped.description)?" }
        case .array(let element): "[\(element.description)]"
        case .dictionary(let key, let value): "[\(key.description) : \(value.description)]"
        case .set(let element): "Set<\(element.description)>"
        case .tuple(let elements, let labels):
            "("
                + zip(elements, labels).map { element, label in
                    label.map { "\($0): \(element.description)" } ?? element.description
                }.joined(separator: ", ") + ")"
        case .function(let parameters, let result):
            "(" + parameters.map(\.description).joined(separator: ", ") + ") -> \(result.description)"
        case .range(let bound, let isClosed): (isClosed ? "ClosedRange" : "Range") + "<\(bound.description)>"
        case .declared(let name): name
        case .metatype(let instance): "\(instance.description).Type"
        }
    }
}
