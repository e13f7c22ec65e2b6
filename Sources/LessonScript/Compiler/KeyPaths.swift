import SwiftSyntax

extension Compiler {
    /// A key path used as a function (`xs.map(\.count)`, `sorted { ... }` aside): reading its properties one
    /// after another from the argument; `?` and `!` components unwrap an optional (`?` gives `nil` when it is
    /// `nil`).
    func compileKeyPath(_ keyPath: KeyPathExprSyntax) throws -> Evaluator {
        enum Step {
            case member(String)
            case optionalChain
            case forceUnwrap
        }
        var steps: [Step] = []
        for component in keyPath.components {
            switch component.component {
            case .property(let property): steps.append(.member(property.declName.baseName.text))
            case .optional(let optional):
                steps.append(
                    optional.questionOrExclamationMark.tokenKind == .exclamationMark ? .forceUnwrap : .optionalChain)
            default: throw compileError("this key path component is not supported in lesson cells", at: component)
            }
        }
        let spot = spot(keyPath)
        let function = Function(builtin: "keyPath") { arguments, runtime in
            guard arguments.values.count == 1 else { throw RuntimeError("a key path takes one value") }
            var value = arguments.values[0]
            var isChained = false
            for step in steps {
                switch step {
                case .member(let name): value = try runtime.member(of: value, name)
                case .optionalChain:
                    isChained = true
                    guard let wrapped = value.unwrappedOnce else { return .null }
                    value = wrapped
                case .forceUnwrap:
                    guard let wrapped = value.unwrappedOnce else {
                        throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value", at: spot)
                    }
                    value = wrapped
                }
            }
            return isChained && !value.isOptional ? .optional(value) : value
        }
        return { _ in .function(function) }
    }
}
