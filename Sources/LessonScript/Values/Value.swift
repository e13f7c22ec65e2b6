import OrderedCollections

/// A value of the cell language.
///
/// Collections, tuples and struct instances have value semantics, like Swift's: their storage is a Swift array,
/// which copies on write. Class instances, functions and library objects are references.
///
/// ```swift
/// let numbers: Value = .array([.int(1), .int(2)])
/// numbers.debugText  // "[1, 2]"
/// ```
public enum Value {
    /// The empty tuple, `()`: what a statement or a function without a result produces.
    case void
    /// A 64-bit `Int`.
    case int(Int)
    /// A `Double` (a `Float` annotation also gives a `Double`).
    case double(Double)
    /// A `Bool`.
    case bool(Bool)
    /// A `String`.
    case string(String)
    /// A `Character` (the elements of a string).
    case character(Character)
    /// An `Array`.
    case array([Value])
    /// A `Dictionary`; its iteration order is the insertion order (Swift leaves the order unspecified, and it
    /// changes from run to run, which a checked lesson's printed output cannot allow).
    case dictionary(OrderedDictionary<Value, Value>)
    /// A `Set`; its iteration order is the insertion order, for the same reason.
    case set(OrderedSet<Value>)
    /// A tuple, labelled or not.
    case tuple(TupleValue)
    /// An `Optional`: `.optional(nil)` is `nil`, `.optional(x)` wraps `x`.
    indirect case optional(Value?)
    /// A range: closed, half-open or partial; `...` alone (an unbounded range) has neither bound.
    indirect case range(RangeValue)
    /// A function, closure, bound method, initializer or operator used as a value.
    case function(Function)
    /// An instance of a `struct` declared in a cell.
    case structInstance(StructInstance)
    /// An instance of a `class` declared in a cell.
    case object(ObjectInstance)
    /// A case of an `enum` declared in a cell.
    case enumCase(EnumCaseValue)
    /// A type used as a value: `Int` in `Int("3")`, `Point` in `Point.origin`, `Linear` in `Linear(784, 1)`.
    case type(TypeReference)
    /// An implicit member expression (`.ellipsis`) that no context resolved: library functions receive it
    /// and give it a meaning.
    case symbol(String)
    /// A library object (a tensor, a model...), registered through a ``BindingTable``.
    case native(AnyObject)

    /// `nil`.
    public static let null = Value.optional(nil)
}

/// A tuple's elements, with their labels (`nil` for an unlabelled element).
public struct TupleValue {
    /// The elements, in order.
    public var elements: [Value]
    /// One label per element, or empty when no element has a label.
    public var labels: [String?]

    /// A tuple; `labels` is empty or has one entry per element.
    public init(_ elements: [Value], labels: [String?] = []) {
        self.elements = elements
        self.labels = labels.contains { $0 != nil } ? labels : []
    }

    /// The label of element `index`, if it has one.
    public func label(at index: Int) -> String? {
        index < labels.count ? labels[index] : nil
    }
}

/// A range's bounds; a missing bound makes a partial range (`2...`, `..<4`, `...`).
public struct RangeValue {
    /// The lower bound, if any.
    public var lower: Value?
    /// The upper bound, if any.
    public var upper: Value?
    /// Whether the upper bound is included (`...`) or not (`..<`).
    public var isClosed: Bool

    /// A range from its bounds.
    public init(lower: Value?, upper: Value?, isClosed: Bool) {
        self.lower = lower
        self.upper = upper
        self.isClosed = isClosed
    }

    /// Whether both bounds are `Int`s.
    var hasIntBounds: Bool {
        if case .int? = lower, case .int? = upper { return true }
        return false
    }

    /// The integers in the range, first to last, when both bounds are `Int`s and it is not empty (a closed range,
    /// so that `1...Int.max` has one too).
    var intValues: ClosedRange<Int>? {
        guard case .int(let low)? = lower, case .int(let high)? = upper else { return nil }
        if isClosed { return low <= high ? low...high : nil }
        return low < high ? low...(high - 1) : nil
    }

    /// How many integers the range holds, as `count` gives it; an error, as Swift's overflow trap, when that
    /// passes `Int.max` (`Int.min...Int.max`).
    var intCount: Int {
        get throws {
            guard intValues != nil, case .int(let low)? = lower, case .int(let high)? = upper else { return 0 }
            let (span, overflow) = high.subtractingReportingOverflow(low)
            if overflow { throw Self.overflow("\(high) - \(low)") }
            guard isClosed else { return span }
            if span == .max { throw Self.overflow("\(span) + 1") }
            return span + 1
        }
    }

    private static func overflow(_ operation: String) -> RuntimeError {
        RuntimeError("arithmetic operation '\(operation)' (on type 'Int') results in an overflow")
    }
}

/// A case of a cell-declared enum, with its associated values if it has some.
public struct EnumCaseValue {
    /// The enum.
    let type: TypeDefinition
    /// The case's name.
    public let name: String
    /// The associated values, if the case has some.
    public var payload: TupleValue?
}

extension Value {
    /// A short name of the value's kind, for error messages: `Int`, `String`, `[Int]`... (`_` stands for what
    /// is nested more than 32 levels deep).
    public var typeName: String { typeName(depth: 0) }

    private func typeName(depth: Int) -> String {
        guard depth < 32 else { return "_" }
        let nested = depth + 1
        return switch self {
        case .void: "()"
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .string: "String"
        case .character: "Character"
        case .array(let elements): "[\(elements.first?.typeName(depth: nested) ?? "Any")]"
        case .dictionary: "Dictionary"
        case .set: "Set"
        case .tuple(let tuple): "(" + tuple.elements.map { $0.typeName(depth: nested) }.joined(separator: ", ") + ")"
        case .optional(let wrapped): wrapped.map { "\($0.typeName(depth: nested))?" } ?? "Optional"
        case .range: "Range"
        case .function: "function"
        case .structInstance(let instance): instance.type.name
        case .object(let object): object.type.name
        case .enumCase(let value): value.type.name
        case .type(let type): "\(type.name).Type"
        case .symbol(let name): ".\(name)"
        case .native(let object):
            (object as? any ScriptedObject)?.script.className ?? String(describing: Swift.type(of: object))
        }
    }

    /// Whether the value is `nil`.
    var isNil: Bool {
        if case .optional(nil) = self { return true }
        return false
    }

    /// The value inside any levels of `Optional`, or `nil` for `nil`.
    var unwrapped: Value? {
        var value = self
        while case .optional(let wrapped) = value {
            guard let wrapped else { return nil }
            value = wrapped
        }
        return value
    }
}
