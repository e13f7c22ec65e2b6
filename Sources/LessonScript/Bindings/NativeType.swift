/// The typed registration interface for one library class `T`, from ``BindingTable/type(_:name:parent:)``.
///
/// Closures receive the object already cast to `T`. Every registration replaces nothing: registering a
/// signature again adds an overload, tried after the earlier ones.
///
/// ```swift
/// let counter = table.type(Counter.self, name: "Counter")
/// counter.initializer("init(start?:)") { call in .native(Counter(start: try call["start"]?.asInt() ?? 0)) }
/// counter.method("increment(by?:)") { counter, call in
///     counter.value += try call["by"]?.asInt() ?? 1
///     return .void
/// }
/// counter.property("value", get: { .int($0.value) }, set: { counter, value in counter.value = try value.asInt() })
/// counter.display { "Counter(\($0.value))" }
/// ```
public struct NativeType<T: AnyObject> {
    /// The untyped registrations this interface fills.
    public let binding: NativeTypeBinding

    private func cast(_ object: AnyObject) throws -> T {
        guard let typed = object as? T else {
            throw BindingError("expected a \(binding.name), got \(String(describing: type(of: object)))")
        }
        return typed
    }

    /// An initializer: `"init(_:_:)"` is called as `Linear(784, 1)`.
    public func initializer(
        _ signature: String, where accepts: (([Value?]) -> Bool)? = nil,
        _ body: @escaping (BindingCall) throws -> Value
    ) {
        binding.initializers.append(FunctionBinding(Signature(signature), accepts: accepts, body: body))
    }

    /// A method: `"sum(_?:keepdim?:)"` is called as `t.sum()`, `t.sum(1)`, `t.sum(1, keepdim: true)`.
    /// A method named `callAsFunction` makes the objects callable: `model(x)`.
    public func method(
        _ signature: String, where accepts: (([Value?]) -> Bool)? = nil,
        _ body: @escaping (T, BindingCall) throws -> Value
    ) {
        let parsed = Signature(signature)
        let function = FunctionBinding(parsed, accepts: accepts) { [binding] call in
            guard case .native(let object)? = call.receiver else {
                throw BindingError("\(binding.name).\(parsed.baseName) needs an instance")
            }
            return try body(try cast(object), call)
        }
        binding.methods[parsed.baseName, default: []].append(function)
    }

    /// A property; without `set` it is read-only (`t.shape`), with it assignable (`p.grad = nil`).
    public func property(
        _ name: String, get: @escaping (T) throws -> Value, set: ((T, Value) throws -> Void)? = nil
    ) {
        binding.properties[name] = NativeTypeBinding.Property(
            get: { try get(try cast($0)) },
            set: set.map { set in { try set(try cast($0), $1) } })
    }

    /// A static property: `URLs.mnistSample`.
    public func staticProperty(_ name: String, _ get: @escaping () throws -> Value) {
        binding.staticProperties[name] = get
    }

    /// A static method: `Image.open(path)`.
    public func staticMethod(
        _ signature: String, where accepts: (([Value?]) -> Bool)? = nil,
        _ body: @escaping (BindingCall) throws -> Value
    ) {
        let parsed = Signature(signature)
        binding.staticMethods[parsed.baseName, default: []].append(
            FunctionBinding(parsed, accepts: accepts, body: body))
    }

    /// Subscripts with any index arguments, already evaluated: `t[1, 2..<5]` gives `[.int(1), .range(...)]`,
    /// `t[..., 1]` an unbounded `.range` then `.int(1)`, `t[.newAxis]` a `.symbol("newAxis")` (unless the
    /// table registers an implicit member of that name). `set` makes `t[0] = 1` and `t[i] += 1` work.
    public func subscripts(
        get: @escaping (T, [Value]) throws -> Value, set: ((T, [Value], Value) throws -> Void)? = nil
    ) {
        binding.subscriptGetter = { try get(try cast($0), $1) }
        binding.subscriptSetter = set.map { set in { try set(try cast($0), $1, $2) } }
    }

    /// A binary operator where either operand is a `T` (the other may be a number, an array or another object):
    /// `.add`, `.multiply`, `.power`, `.less`, `.equal`, `.bitwiseAnd`...
    public func binaryOperator(_ op: BinaryOperator, _ body: @escaping (Value, Value) throws -> Value) {
        binding.binaryOperators[op] = body
    }

    /// A prefix operator: `.negate`, `.bitwiseNot`, `.not`.
    public func prefixOperator(_ op: PrefixOperator, _ body: @escaping (T) throws -> Value) {
        binding.prefixOperators[op] = { try body(try cast($0)) }
    }

    /// The in-place form of `op`'s compound assignment: with `.subtract`, `p.data -= lr * g` updates the object
    /// itself. Without one, `a -= b` assigns `a - b` to `a`.
    public func inPlaceOperator(_ op: BinaryOperator, _ body: @escaping (T, Value) throws -> Void) {
        binding.inPlaceOperators[op] = { try body(try cast($0), $1) }
    }

    /// Iteration in `for x in object` (and sequence functions like `Array(object)`, `map`): `makeIterator`
    /// returns a function giving the next element, or `nil` at the end.
    public func iterate(_ makeIterator: @escaping (T) throws -> () throws -> Value?) {
        binding.iterator = { try makeIterator(try cast($0)) }
    }

    /// The conversion `Array(object)`; without it, `Array(object)` collects the iteration.
    public func arrayConversion(_ body: @escaping (T) throws -> [Value]) {
        binding.arrayConversion = { try body(try cast($0)) }
    }

    /// The conversion used by `Double(object)`, `Int(object)`, `Float(object)`: a `.int` or `.double`.
    public func scalarConversion(_ body: @escaping (T) throws -> Value) {
        binding.scalarConversion = { try body(try cast($0)) }
    }

    /// The display text: a cell's final value, and the object's form inside arrays, tuples and optionals.
    /// Without it, an object displays as its type name.
    public func display(_ body: @escaping (T) -> String) {
        binding.display = { object in (object as? T).map(body) ?? binding.name }
    }

    /// The text for `print` and string interpolation, when it differs from ``display(_:)``.
    public func printDescription(_ body: @escaping (T) -> String) {
        binding.printDescription = { object in (object as? T).map(body) ?? binding.name }
    }
}

extension BindingCall {
    /// The receiver of a method call, when the call is a method call.
    public var receiver: Value? { receiverValue }
}
