/// A registered function's name and parameters, written as Swift spells a function's name:
/// `"cat(_:dim:)"`. A label followed by `?` may be left out of a call (`"sum(_?:keepdim?:)"`); a label
/// followed by `...` takes any number of arguments, the first with that label and the rest unlabelled
/// (`"Sequential(_...:)"`, `"view(_...:)"`).
public struct Signature: CustomStringConvertible, Sendable {
    /// One parameter.
    public struct Parameter: Sendable {
        /// The argument label, `nil` for `_`.
        public var label: String?
        /// Whether a call may leave this argument out.
        public var isOptional: Bool
        /// Whether this parameter takes a sequence of arguments (delivered as an array).
        public var isVariadic: Bool
    }

    /// The base name: `cat`, or `init` for initializers.
    public var baseName: String
    /// The parameters, in order.
    public var parameters: [Parameter]

    /// Parses `"name(label:_:other?:rest...:)"`; a bare `"name"` has no parameters.
    public init(_ text: String) {
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
            baseName = text
            parameters = []
            return
        }
        baseName = String(text[..<open])
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        parameters = inside.split(separator: ":").map { piece in
            var label = Substring(piece)
            var isOptional = false
            var isVariadic = false
            if label.hasSuffix("...") {
                isVariadic = true
                label = label.dropLast(3)
            }
            if label.hasSuffix("?") {
                isOptional = true
                label = label.dropLast()
            }
            return Parameter(label: label == "_" ? nil : String(label), isOptional: isOptional, isVariadic: isVariadic)
        }
    }

    /// The signature as registered: `cat(_:dim?:)`.
    public var description: String {
        baseName + "("
            + parameters.map { ($0.label ?? "_") + ($0.isOptional ? "?" : "") + ($0.isVariadic ? "..." : "") + ":" }
            .joined() + ")"
    }

    var shapes: [ParameterShape] {
        parameters.map { ParameterShape(label: $0.label, isOptional: $0.isOptional, isVariadic: $0.isVariadic) }
    }
}
