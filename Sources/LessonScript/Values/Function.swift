/// A function value: a cell's function or closure, a method bound to its receiver, a standard-library or library
/// function, an initializer or an operator.
public final class Function {
    enum Body {
        /// Compiled cell code with the variables it captured; methods carry their receiver.
        case script(CompiledFunction, captures: [Variable], receiver: Variable?)
        /// A built-in function: receives the evaluated arguments with their labels.
        case builtin((inout CallArguments, Runtime) throws -> Value)
        /// Several functions of one name, told apart by argument labels (`f(x:)` and `f(y:)`).
        case overloads([Function])
    }

    /// The name it was declared with (`mnistLoss`), or the name of the built-in it stands for.
    public let name: String
    let body: Body

    init(name: String, body: Body) {
        self.name = name
        self.body = body
    }

    /// A built-in function.
    convenience init(builtin name: String, _ body: @escaping (inout CallArguments, Runtime) throws -> Value) {
        self.init(name: name, body: .builtin(body))
    }

    /// The argument labels a call must use, when the function declares them.
    var labels: [String?]? {
        if case .script(let function, _, _) = body, function.hasArgumentLabels {
            return function.parameters.map(\.label)
        }
        return nil
    }
}

/// The arguments of a call, evaluated, with their labels; `inout` arguments (`&x`) also carry a variable that
/// the callee updates and the caller writes back.
public struct CallArguments {
    /// The argument values, in call order.
    public var values: [Value]
    /// The labels, parallel to `values` (`nil` for an unlabelled argument).
    public var labels: [String?]
    var inoutVariables: [Variable?] = []
    /// The index of the first trailing closure, which matches a parameter whatever its label.
    var firstTrailingClosure: Int?

    /// Unlabelled arguments.
    public init(_ values: [Value]) {
        self.values = values
        self.labels = Array(repeating: nil, count: values.count)
    }

    /// Labelled arguments.
    public init(_ values: [Value], labels: [String?]) {
        self.values = values
        self.labels = labels
    }

    /// The `inout` variable passed for argument `index`, if any.
    func inoutVariable(at index: Int) -> Variable? {
        index < inoutVariables.count ? inoutVariables[index] : nil
    }

    /// `(have 'a:b:')`-style spelling of the call's labels.
    var labelSpelling: String {
        labels.map { "\($0 ?? "_"):" }.joined()
    }
}

/// A function body compiled from a cell: parameters, the number of local slots, and the code.
final class CompiledFunction {
    struct Parameter {
        let label: String?
        let name: String
        let annotation: TypeAnnotation?
        let defaultValue: Evaluator?
        let isVariadic: Bool
        let isInout: Bool
        /// The run-time check of an argument against the declared type.
        let check: DeclaredTypeCheck

        init(
            label: String?, name: String, annotation: TypeAnnotation?, defaultValue: Evaluator?, isVariadic: Bool,
            isInout: Bool
        ) {
            self.label = label
            self.name = name
            self.annotation = annotation
            self.defaultValue = defaultValue
            self.isVariadic = isVariadic
            self.isInout = isInout
            self.check = isInout ? .none : DeclaredTypeCheck(annotation)
        }
    }

    let name: String
    var parameters: [Parameter] = []
    var hasArgumentLabels = true
    var resultType: TypeAnnotation?
    var returnsValue = true
    var slotCount = 0
    var hasReceiver = false
    var isMutating = false
    /// A `final` method (or a `static` one), which subclasses may not override.
    var isFinal = false
    /// A `class func`, which subclasses may override.
    var isClassMember = false
    /// A `convenience init`, which delegates to a designated one.
    var isConvenience = false
    /// A `required init`, which every subclass's override must mark `required` too.
    var isRequired = false
    /// An `init?`, whose `return nil` makes the construction give `nil`.
    var isFailable = false
    /// Whether it is declared `throws`.
    var throwsErrors = false
    /// Where it is declared (its name), for errors about the declaration found later.
    var declarationSpot: SourceSpot?
    /// The names of its generic parameters (`largest<T: Comparable>` has `T`), kept for type checking.
    var genericParameters: [String] = []
    /// The `where` clause of the constrained extension that declares it (`extension Array where Element == Int`).
    var receiverConstraint: ReceiverConstraint?
    var body: Executor = { _ in .next }

    init(name: String) {
        self.name = name
    }

    /// The argument labels, `nil` for `_`: what tells overloads apart.
    var labelList: [String?] { parameters.map(\.label) }

    /// Whether `other` takes the same labels and parameter types: then it replaces (overrides, or in a later
    /// cell redeclares) this one rather than overloading it.
    func hasSameParameters(as other: CompiledFunction) -> Bool {
        labelList == other.labelList
            && parameters.map { $0.annotation?.description } == other.parameters.map { $0.annotation?.description }
            && receiverConstraint?.text == other.receiverConstraint?.text
    }

    /// The parameters as argument matching sees them.
    var parameterShapes: [ParameterShape] {
        parameters.map {
            ParameterShape(
                label: $0.label, isOptional: $0.defaultValue != nil, isVariadic: $0.isVariadic,
                resemblesFunction: $0.annotation?.resemblesFunction ?? true)
        }
    }

    /// The spelling used in messages: `f(x:_:)`.
    var signature: String {
        name + "(" + parameters.map { "\($0.label ?? "_"):" }.joined() + ")"
    }
}
