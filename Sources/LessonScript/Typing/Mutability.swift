import SwiftSyntax

/// What is being done to a place that must be mutable; swiftc's message starts with it.
enum Mutation {
    /// `place = value`.
    case assignment
    /// `place += value`, reported at the operator.
    case compoundAssignment(TokenSyntax)
    /// `place.append(x)`: a mutating method, reported at its name.
    case mutatingCall(TokenSyntax)
    /// `&place` passed to an `inout` parameter, reported at the `&`.
    case inoutArgument(InOutExprSyntax)
}

/// Why a place cannot change.
enum Immutability {
    /// `'q' is a 'let' constant`: a `let` name, or a `let` property.
    case constant(String)
    /// `'self' is immutable`: a struct's `self` outside `mutating` code.
    case immutableSelf
    /// `'area' is a get-only property`.
    case getOnly(String)

    var reason: String {
        switch self {
        case .constant(let name): "'\(name)' is a 'let' constant"
        case .immutableSelf: "'self' is immutable"
        case .getOnly(let name): "'\(name)' is a get-only property"
        }
    }
}

extension TypeChecker {
    /// Throws swiftc's error when `place` may not be changed by `mutation`: a `let`, a `let` property, a
    /// get-only property, a value inside a `let` struct or array, `self` in a non-mutating method.
    func requireMutable(_ place: ExprSyntax, mutation: Mutation) throws {
        guard let immutability = immutability(of: place, mutation: mutation) else { return }
        let isProperty = place.is(MemberAccessExprSyntax.self) || isImplicitSelfMember(place)
        switch mutation {
        case .assignment:
            let action =
                place.is(SubscriptCallExprSyntax.self)
                ? "cannot assign through subscript"
                : isProperty ? "cannot assign to property" : "cannot assign to value"
            throw typeError("\(action): \(immutability.reason)", at: anchor(place))
        case .compoundAssignment(let token):
            throw typeError("left side of mutating operator isn't mutable: \(immutability.reason)", at: token)
        case .mutatingCall(let name):
            throw typeError("cannot use mutating member on immutable value: \(immutability.reason)", at: name)
        case .inoutArgument(let argument):
            throw typeError("cannot pass immutable value as inout argument: \(immutability.reason)", at: argument)
        }
    }

    /// Why `place` cannot change, or `nil` when it can (or the checker cannot tell).
    private func immutability(of place: ExprSyntax, mutation: Mutation = .assignment) -> Immutability? {
        switch place.as(ExprSyntaxEnum.self) {
        case .declReferenceExpr(let reference):
            let name = reference.baseName.text
            if name == "self" { return selfImmutability }
            switch lookup(name) {
            case .variable(let type, let isConstant, _):
                // A constant holding a reference may still be changed by a mutating operator or method.
                guard isConstant else { return nil }
                if case .assignment = mutation { return .constant(name) }
                return isValue(type) ? .constant(name) : nil
            case .selfMember(.property(let property)):
                return propertyImmutability(property, name: name, ofSelf: true) ?? selfImmutability
            default: return nil
            }
        case .memberAccessExpr(let access):
            guard let base = access.base, let baseType = try? infer(base) else { return nil }
            if case .tuple = baseType { return immutability(of: base) }
            guard case .declared(let typeName) = baseType,
                case .property(let property)? = environment.member(
                    access.declName.baseName.text, of: typeName, isStatic: false)
            else { return nil }
            let isSelf = base.as(DeclReferenceExprSyntax.self)?.baseName.text == "self"
            if let own = propertyImmutability(property, name: access.declName.baseName.text, ofSelf: isSelf) {
                return own
            }
            guard environment.shape(named: typeName).map({ $0.kind == .structType || $0.kind == .enumType }) == true
            else { return nil }
            return immutability(of: base)
        case .subscriptCallExpr(let subscriptCall):
            guard let baseType = try? infer(subscriptCall.calledExpression) else { return nil }
            switch baseType {
            case .array, .dictionary: return immutability(of: subscriptCall.calledExpression)
            default: return nil
            }
        case .tupleExpr(let tuple):
            guard tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil else { return nil }
            return immutability(of: only.expression)
        default:
            return nil
        }
    }

    /// A property that cannot be set whatever holds it: a `let` (outside its type's initializers) or a
    /// get-only computed property.
    private func propertyImmutability(_ property: PropertyShape, name: String, ofSelf: Bool) -> Immutability? {
        if property.isConstant, property.isStored { return ofSelf && body.isInitializer ? nil : .constant(name) }
        if !property.isSettable { return .getOnly(name) }
        return nil
    }

    /// Why `self` cannot change: a struct's or enum's `self` in a method that is not `mutating`.
    var selfImmutability: Immutability? {
        guard let selfType = body.selfType, !body.isStatic, !body.selfIsMutable, !isReference(selfType) else {
            return nil
        }
        if case .declared(let name) = selfType, environment.shape(named: name)?.kind == .protocolType { return nil }
        return .immutableSelf
    }

    /// Whether values of `type` are certainly values, not references.
    private func isValue(_ type: StaticType) -> Bool {
        switch type {
        case .int, .double, .bool, .string, .character, .integerLiteral, .floatLiteral, .array, .dictionary, .set,
            .tuple, .range:
            true
        case .optional(let wrapped): isValue(wrapped)
        case .declared(let name):
            environment.shape(named: name).map { $0.kind == .structType || $0.kind == .enumType } ?? false
        default: false
        }
    }

    /// Whether `place` is a bare name that means a property of `self`.
    private func isImplicitSelfMember(_ place: ExprSyntax) -> Bool {
        guard let reference = place.as(DeclReferenceExprSyntax.self) else { return false }
        if case .selfMember = lookup(reference.baseName.text) { return true }
        return false
    }
}
