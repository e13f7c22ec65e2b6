/// Reading plain Swift values out of ``Value``s, for library bindings and the standard library. Each throws a
/// message naming the expected type when the value is of another kind.
///
/// ```swift
/// let size = try call.value(0).asInt()
/// let lr = try call["lr"]?.asDouble() ?? 0.1
/// ```
extension Value {
    /// The `Int` inside, or an error.
    public func asInt() throws -> Int {
        if case .int(let value) = self { return value }
        throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'Int'")
    }

    /// The number inside as a `Double` (an `Int` converts), or an error.
    public func asDouble() throws -> Double {
        switch self {
        case .double(let value): return value
        case .int(let value): return Double(value)
        default: throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'Double'")
        }
    }

    /// The `Bool` inside, or an error.
    public func asBool() throws -> Bool {
        if case .bool(let value) = self { return value }
        throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'Bool'")
    }

    /// The `String` inside (a `Character` converts), or an error.
    public func asString() throws -> String {
        switch self {
        case .string(let value): return value
        case .character(let value): return String(value)
        default: throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'String'")
        }
    }

    /// The elements of an `Array` (or a `Set`, or a library list: ``ValueList``), or an error.
    public func asArray() throws -> [Value] {
        switch self {
        case .array(let elements): return elements
        case .set(let set): return set.elements
        case .native(let object as any ValueList): return object.values
        default: throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'Array'")
        }
    }

    /// An array of `Int`s (`[2, 3]`), or an error.
    public func asIntArray() throws -> [Int] {
        try asArray().map { try $0.asInt() }
    }

    /// The library object inside, cast to `T`, or an error.
    public func asNative<T: AnyObject>(_ type: T.Type) throws -> T {
        if case .native(let object) = self, let typed = object as? T { return typed }
        throw BindingError("cannot convert value of type '\(typeName)' to expected argument type '\(T.self)'")
    }

    /// Whether this is a number (`Int` or `Double`).
    public var isNumber: Bool {
        switch self {
        case .int, .double: true
        default: false
        }
    }
}

/// A library object that stands for a list of cell values (fast.ai's `L`): where a binding asks for an array
/// (``Value/asArray()``), such an object gives its values, so `stack(list)` works as `stack(array)` does.
///
/// ```swift
/// final class List: ValueList { var values: [Value] = [] }
/// try Value.native(list).asArray()  // list.values
/// ```
public protocol ValueList: AnyObject {
    /// The values, in order.
    var values: [Value] { get }
}
