import SwiftParser
import SwiftSyntax

extension Compiler {
    func compileReference(_ reference: DeclReferenceExprSyntax) throws -> Evaluator {
        let name = reference.baseName.text
        switch reference.baseName.tokenKind {
        case .binaryOperator("..."), .prefixOperator("..."), .postfixOperator("..."):
            let unbounded = Value.range(RangeValue(lower: nil, upper: nil, isClosed: true))
            return { _ in unbounded }
        case .binaryOperator, .prefixOperator, .postfixOperator:
            let binary = BinaryOperator(spelling: name)
            let prefix = PrefixOperator(spelling: name)
            guard binary != nil || prefix != nil else {
                throw compileError("operator '\(name)' is not supported in lesson cells", at: reference)
            }
            let function = Operators.function(binary, prefix, spelling: name)
            return { _ in .function(function) }
        case .keyword(.Self):
            guard context.memberType != nil else {
                throw compileError("'Self' is only available in a type", at: reference)
            }
            // The dynamic type: `self`'s in an instance member, `self` itself in a static one.
            let receiver = try compileNameRead("self", at: reference)
            let isStatic = context.isStatic
            return { frame in
                let value = try receiver(frame)
                return isStatic ? value : .type(StandardLibrary.typeReference(of: value, frame.runtime))
            }
        default:
            break
        }
        return try compileNameRead(name, at: reference)
    }

    /// Reads the variable, member or global `name`.
    func compileNameRead(_ name: String, at node: some SyntaxProtocol) throws -> Evaluator {
        switch context.resolve(name) {
        case .local(let slot):
            return { frame in frame.slots[slot].value }
        case .captured(let index):
            return { frame in frame.captures[index].value }
        case nil:
            break
        }
        if let member = try compileImplicitMember(name, at: node) { return member }
        let global = GlobalName(name)
        let spot = spot(node)
        return { frame in try located(spot) { try global.value(in: frame.runtime) } }
    }

    /// `name` inside a method meaning `self.name` (or `Self.name` in a static method), if the type has it.
    func compileImplicitMember(_ name: String, at node: some SyntaxProtocol) throws -> Evaluator? {
        guard let type = context.memberType else { return nil }
        let spot = spot(node)
        if context.isStatic {
            guard type.hasStaticMember(name) else { return nil }
            return { frame in try located(spot) { try frame.runtime.member(of: .type(.declared(type)), name) } }
        }
        guard hasImplicitSelfMember(type, name) || type.hasStaticMember(name), name != "self" else { return nil }
        if !hasImplicitSelfMember(type, name) {
            return { frame in try located(spot) { try frame.runtime.member(of: .type(.declared(type)), name) } }
        }
        let receiver = try compileNameRead("self", at: node)
        return { frame in try located(spot) { try frame.runtime.member(of: try receiver(frame), name) } }
    }

    func compileMemberAccess(_ access: MemberAccessExprSyntax) throws -> Evaluator {
        let name = access.declName.baseName.text
        let spot = spot(access.declName)
        guard let base = access.base else {
            return { frame in try frame.runtime.implicitMember(name) }
        }
        if name == "self", access.declName.argumentNames == nil {
            return try compileExpression(base)
        }
        if base.is(SuperExprSyntax.self) { return try compileSuperMember(access) }
        let baseEvaluator = try compileExpression(base)
        let baseSpot = self.spot(base)
        // A struct variable's `lazy var` is stored when first read, which changes the variable (looked for only
        // once a struct has a lazy property).
        let lazyPlace =
            try mayReadLazyProperties
            ? base.as(DeclReferenceExprSyntax.self).map { try compileNamePlace($0.baseName.text, at: $0) } : nil
        return { frame in
            let value = try baseEvaluator(frame)
            if let lazyPlace, case .structInstance(let instance) = value, instance.type.hasLazyProperties {
                var result = Value.void
                try lazyPlace.modify(frame) { stored in
                    result = try located(spot) { try frame.runtime.memberInitializingLazy(of: &stored, name) }
                }
                return result
            }
            return try located(spot) { try placingAtBase(baseSpot) { try frame.runtime.member(of: value, name) } }
        }
    }

    /// Whether `name` inside a member of `type` means `self.name`: a member the type declares or inherits (also
    /// from a library class: `params` in an `Optimizer`), or in an extension of a standard-library type, one of
    /// that type's own members (`count` in `extension Array`).
    func hasImplicitSelfMember(_ type: TypeDefinition, _ name: String) -> Bool {
        if type.hasInstanceMember(name) || type.nativeSuperclass?.hasMember(name) == true { return true }
        guard type.kind == .extensionType, let builtin = BuiltinType(rawValue: type.name) else { return false }
        return StandardLibrary.hasMember(named: name, of: builtin)
    }

    /// Whether `name(...)` inside a member of `type` calls a method of `self`.
    func hasImplicitSelfMethod(_ type: TypeDefinition, _ name: String) -> Bool {
        if type.hasInstanceMethod(name) || type.nativeSuperclass?.hasMember(name) == true { return true }
        guard type.kind == .extensionType, let builtin = BuiltinType(rawValue: type.name) else { return false }
        return StandardLibrary.hasMember(named: name, of: builtin)
    }

    func compileGenericSpecialization(_ specialization: GenericSpecializationExprSyntax) throws -> Evaluator {
        if let reference = specialization.expression.as(DeclReferenceExprSyntax.self),
            BuiltinType(rawValue: reference.baseName.text) == nil
        {
            // A generic type of a cell (`Stack<Int>`): values carry their types, so it is the type itself.
            return try compileReference(reference)
        }
        let text = specialization.trimmedDescription
        let parsed = Parser.parseType(text)
        let annotation = TypeAnnotation(parsed)
        return { _ in .type(.collection(annotation)) }
    }
}
