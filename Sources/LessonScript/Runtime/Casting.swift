import SwiftSyntax

extension Compiler {
    /// `x as T` (the type gives literals theirs), `x as? T` (`nil` unless `x` is a `T`) and `x as! T` (an error
    /// unless it is).
    func compileCast(_ cast: AsExprSyntax) throws -> Evaluator {
        let annotation = TypeAnnotation(cast.type)
        let operand = try compileExpression(cast.expression, as: annotation)
        let spot = spot(cast.asKeyword)
        switch cast.questionOrExclamationMark?.tokenKind {
        case .postfixQuestionMark?:
            return { frame in
                let value = try operand(frame)
                return frame.runtime.value(value, matches: annotation) ? .optional(value.unwrappedIfNeeded) : .null
            }
        case .exclamationMark?:
            return { frame in
                let value = try operand(frame)
                guard frame.runtime.value(value, matches: annotation) else {
                    throw RuntimeError(
                        "Could not cast value of type '\(value.typeName)' to '\(annotation)'", at: spot)
                }
                return value.unwrappedIfNeeded
            }
        default:
            return operand
        }
    }

    /// `x is T`.
    func compileTypeCheck(_ check: IsExprSyntax) throws -> Evaluator {
        let annotation = TypeAnnotation(check.type)
        let operand = try compileExpression(check.expression)
        return { frame in .bool(frame.runtime.value(try operand(frame), matches: annotation)) }
    }
}

extension Value {
    /// A cast's result: the value inside an optional that held one (`Optional(b) as? B` is `b`).
    fileprivate var unwrappedIfNeeded: Value {
        var value = self
        // A loop, not recursion: optionals may be nested many thousands deep.
        while case .optional(let wrapped?) = value { value = wrapped }
        return value
    }
}

extension Runtime {
    /// Whether `value` is of the annotated type, as `is` and `as?` test it: its own type, a superclass, a
    /// protocol it conforms to (a cell's, or one of Swift's it declared), a library class or its parents.
    func value(_ value: Value, matches annotation: TypeAnnotation) -> Bool {
        switch (annotation, value) {
        case (.optional(let wrapped), .optional(let inner)):
            return inner.map { self.value($0, matches: wrapped) } ?? true
        case (.optional(let wrapped), _): return self.value(value, matches: wrapped)
        case (_, .optional(let inner?)): return self.value(inner.unwrapped ?? .null, matches: annotation)
        case (.array(let element), .array(let elements)):
            return elements.allSatisfy { self.value($0, matches: element) }
        case (.dictionary, .dictionary), (.set, .set): return true
        case (.tuple(let types, _), .tuple(let tuple)):
            return types.count == tuple.elements.count
                && zip(types, tuple.elements).allSatisfy { self.value($1, matches: $0) }
        case (.named(let name), _):
            return self.value(value, isNamed: name)
        default: return false
        }
    }

    private func value(_ value: Value, isNamed name: String) -> Bool {
        switch (name, value) {
        case ("Any", _), ("Int", .int), ("Double", .double), ("Float", .double), ("Bool", .bool),
            ("String", .string), ("Character", .character):
            return true
        case ("AnyObject", .object), ("AnyObject", .native): return true
        case (_, .structInstance(let instance)): return instance.type.isKind(of: name)
        case (_, .object(let object)): return object.type.isKind(of: name)
        case (_, .enumCase(let enumCase)): return enumCase.type.isKind(of: name)
        case (_, .native(let object)):
            if let script = scriptObject(of: object) { return script.type.isKind(of: name) }
            var binding = bindings.binding(for: object)
            while let current = binding {
                if current.name == name { return true }
                binding = current.parent
            }
            return extensionDefinitions(of: value).contains { $0.isKind(of: name) }
        default:
            return extensionDefinitions(of: value).contains { $0.isKind(of: name) }
        }
    }
}
