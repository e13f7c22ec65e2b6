/// A function's, method's or initializer's signature as the type checker sees it: its parameters (labels,
/// types, defaults), its result, and whether it may change `self`.
///
/// ```swift
/// // func accuracy(correct: Int, of total: Int = 100) -> Double
/// shape.labels           // ["correct", "of"]
/// shape.description      // "accuracy(correct:of:)"
/// ```
struct FunctionShape {
    /// One parameter.
    struct Parameter {
        /// The argument label, `nil` for `_`.
        var label: String?
        /// The type an argument must have (a variadic parameter's element type).
        var type: StaticType
        var hasDefault = false
        var isVariadic = false
        var isInout = false
    }

    var name: String
    var parameters: [Parameter]
    var result: StaticType
    /// A `mutating` method of a struct or enum.
    var isMutating = false
    var isStatic = false
    /// For a function value without argument labels (a closure, an operator): arguments go by position.
    var takesArgumentsByPosition = false

    /// The argument labels, one per parameter.
    var labels: [String?] { parameters.map(\.label) }

    /// The parameters as argument matching sees them.
    var parameterShapes: [ParameterShape] {
        parameters.map {
            ParameterShape(
                label: $0.label, isOptional: $0.hasDefault, isVariadic: $0.isVariadic,
                resemblesFunction: $0.type.resemblesFunction)
        }
    }

    /// The function as a value: `(Int, Double) -> Bool`.
    var functionType: StaticType {
        .function(parameters.map { $0.isVariadic ? .array($0.type) : $0.type }, result)
    }

    /// A function of positional parameters of `parameterTypes` (what calling a function value needs).
    static func positional(_ parameterTypes: [StaticType], result: StaticType) -> FunctionShape {
        FunctionShape(
            name: "", parameters: parameterTypes.map { Parameter(label: nil, type: $0) }, result: result,
            takesArgumentsByPosition: true)
    }
}

/// A property as the type checker sees it.
struct PropertyShape {
    var type: StaticType
    /// Declared with `let` (only an initializer may set it).
    var isConstant: Bool
    /// A stored property (not computed).
    var isStored: Bool
    /// Whether code outside an initializer may assign it: a stored `var`, or a computed property with a setter.
    var isSettable: Bool
    var isStatic: Bool
    /// A stored property with an initial value (or an optional `var`): the memberwise initializer may leave it out.
    var hasDefault: Bool
    /// A `lazy var`.
    var isLazy = false
}

/// A case of an enum a cell declared.
struct EnumCaseShape {
    /// The associated values, as parameters of the case's constructor; `nil` for a case without them.
    var payload: [FunctionShape.Parameter]?
}
