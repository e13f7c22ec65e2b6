/// What a registered function, method or initializer receives: its arguments, matched to its ``Signature``,
/// and a way back into the interpreter (to call a closure the cell passed, or to print).
///
/// ```swift
/// table.function("plotFunction(_:min?:max?:)") { call in
///     let f = try call.value(0)
///     let low = try call[1]?.asDouble() ?? -2
///     let y = try call.callFunction(f, [.double(low)])
///     ...
/// }
/// ```
public struct BindingCall {
    /// The signature the call matched.
    public let signature: Signature
    /// One value per parameter of the signature: `nil` when an optional argument was left out; a variadic
    /// parameter's arguments come as one `.array`.
    public let arguments: [Value?]
    let runtime: Runtime
    var receiverValue: Value? = nil

    /// The argument of parameter `index`, or `nil` when it was left out.
    public subscript(index: Int) -> Value? {
        index < arguments.count ? arguments[index] : nil
    }

    /// The argument labelled `label`, or `nil` when it was left out.
    public subscript(label: String) -> Value? {
        guard let index = signature.parameters.firstIndex(where: { $0.label == label }) else { return nil }
        return arguments[index]
    }

    /// The argument of parameter `index`; throws when it was left out.
    public func value(_ index: Int) throws -> Value {
        guard let value = self[index] else {
            throw BindingError("missing argument #\(index + 1) in call to \(signature)")
        }
        return value
    }

    /// Calls a function value the cell passed (a closure, a function, an initializer or a library function);
    /// `labels` (one per argument, `nil` for none) label the arguments, as `SGD(params, lr: 0.1)` needs.
    public func callFunction(_ function: Value, _ arguments: [Value], labels: [String?]? = nil) throws -> Value {
        var call = CallArguments(arguments, labels: labels ?? Array(repeating: nil, count: arguments.count))
        return try runtime.call(function, &call)
    }

    /// Calls a method on a value the cell made, such as `step()` on an optimizer class written in a cell.
    public func callMethod(_ receiver: Value, _ name: String, _ arguments: [Value] = []) throws -> Value {
        var call = CallArguments(arguments)
        return try runtime.callMethod(on: receiver, name, &call)
    }

    /// Reads a property of a value the cell made (`opt.lr`).
    public func member(_ value: Value, _ name: String) throws -> Value {
        try runtime.member(of: value, name)
    }

    /// Appends text to the cell's printed output, as `print` would.
    public func write(_ text: String) {
        runtime.write(text)
    }

    /// How much the cell has printed so far, in UTF-8 bytes: where the next ``write(_:)`` starts in the cell's
    /// printed text (for placing a rich output's text form).
    public var outputLength: Int { runtime.output.utf8.count }

    /// The text a value prints as (`print(value)`).
    public func describe(_ value: Value) throws -> String {
        try runtime.text(of: value, style: .print)
    }
}
