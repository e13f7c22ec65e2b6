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
            guard let type = context.memberType else {
                throw compileError("'Self' is only available in a type", at: reference)
            }
            return { _ in .type(.declared(type)) }
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
        guard type.hasInstanceMember(name) || type.hasStaticMember(name), name != "self" else { return nil }
        if !type.hasInstanceMember(name) {
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
        let baseEvaluator = try compileExpression(base)
        return { frame in
            let value = try baseEvaluator(frame)
            return try located(spot) { try frame.runtime.member(of: value, name) }
        }
    }

    func compileGenericSpecialization(_ specialization: GenericSpecializationExprSyntax) throws -> Evaluator {
        let text = specialization.trimmedDescription
        let parsed = Parser.parseType(text)
        let annotation = TypeAnnotation(parsed)
        return { _ in .type(.collection(annotation)) }
    }
}
