import SwiftSyntax

/// Something assignable: a variable, a property, a subscript, an unwrapped optional, or `_`.
///
/// `modify` hands the current value to `body` to change in place, and stores it back; nested places
/// (`s.points[0].x`) chain these, so a value-type path is written back link by link, and a collection's storage
/// is not shared while it changes (no copy).
struct Place {
    let read: Evaluator
    let modify: (Frame, (inout Value) throws -> Void) throws -> Void
}

extension Compiler {
    /// The place `expression` denotes, or `nil` if it is not assignable.
    func compilePlace(_ expression: ExprSyntax) throws -> Place? {
        if let reference = expression.as(DeclReferenceExprSyntax.self) {
            return try compileNamePlace(reference.baseName.text, at: reference)
        }
        if let access = expression.as(MemberAccessExprSyntax.self), access.base?.is(SuperExprSyntax.self) == true {
            return try compileSuperPlace(access)
        }
        if let access = expression.as(MemberAccessExprSyntax.self), let base = access.base {
            return try compileMemberPlace(base, access.declName.baseName.text, at: access.declName)
        }
        if let subscriptCall = expression.as(SubscriptCallExprSyntax.self) {
            return try compileSubscriptPlace(subscriptCall)
        }
        if let unwrap = expression.as(ForceUnwrapExprSyntax.self), let inner = try compilePlace(unwrap.expression) {
            return unwrapPlace(inner, spot: spot(unwrap.exclamationMark))
        }
        if let chaining = expression.as(OptionalChainingExprSyntax.self),
            let inner = try compilePlace(chaining.expression)
        {
            return optionalChainPlace(inner)
        }
        if let tuple = expression.as(TupleExprSyntax.self), tuple.elements.count == 1,
            let only = tuple.elements.first, only.label == nil
        {
            // `(a?.b)` ends its optional chain: it is an optional value, not a place inside `a`.
            return only.expression.containsOptionalChaining ? nil : try compilePlace(only.expression)
        }
        if expression.is(DiscardAssignmentExprSyntax.self) {
            return Place(
                read: { _ in .void },
                modify: { _, body in
                    var ignored = Value.void
                    try body(&ignored)
                })
        }
        return nil
    }

    func compileNamePlace(_ name: String, at node: some SyntaxProtocol) throws -> Place {
        let read = try compileNameRead(name, at: node)
        let spot = spot(node)
        switch context.resolve(name) {
        case .local(let slot):
            return Place(read: read) { frame, body in try modifyVariable(frame.slots[slot], name, spot, body) }
        case .captured(let index):
            return Place(read: read) { frame, body in try modifyVariable(frame.captures[index], name, spot, body) }
        case nil:
            break
        }
        if context.memberType != nil, try compileImplicitMember(name, at: node) != nil {
            if context.isStatic, let type = context.memberType {
                let typeValue = Value.type(.declared(type))
                let place = Place(
                    read: { _ in typeValue },
                    modify: { _, body in
                        var value = typeValue
                        try body(&value)
                    })
                return memberPlace(place, name, spot: spot)
            }
            return memberPlace(try compileNamePlace("self", at: node), name, spot: spot, access: selfAccess)
        }
        let global = GlobalName(name)
        return Place(read: read) { frame, body in
            guard let variable = try located(spot, { try global.variable(in: frame.runtime) }) else {
                // A library type is no variable, but its settable static properties change through it.
                if case .type(.native) = try read(frame) {
                    var type = try read(frame)
                    return try body(&type)
                }
                throw RuntimeError("cannot assign to value: '\(name)' is not a variable", at: spot)
            }
            try modifyVariable(variable, name, spot, body)
        }
    }

    /// The variable a bare name refers to, when it is a local, captured or global one (not a member).
    func compileVariableLookup(_ name: String, at node: some SyntaxProtocol) throws -> ((Frame) throws -> Variable?)? {
        switch context.resolve(name) {
        case .local(let slot): return { frame in frame.slots[slot] }
        case .captured(let index): return { frame in frame.captures[index] }
        case nil: break
        }
        if context.memberType != nil, try compileImplicitMember(name, at: node) != nil { return nil }
        let global = GlobalName(name)
        let spot = spot(node)
        return { frame in try located(spot) { try global.variable(in: frame.runtime) } }
    }

    func compileMemberPlace(_ base: ExprSyntax, _ name: String, at node: some SyntaxProtocol) throws -> Place {
        let spot = spot(node)
        if name == "self" { return try compilePlace(base) ?? readOnlyPlace(try compileExpression(base)) }
        let basePlace = try compilePlace(base) ?? readOnlyPlace(try compileExpression(base))
        let isSelf = base.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
        return memberPlace(
            basePlace, name, spot: spot,
            access: isSelf ? selfAccess : MemberAccess(type: context.memberType, isInitializingSelf: false))
    }

    /// How code here assigns a member of `self`: from inside the type, without observers in an initializer.
    private var selfAccess: MemberAccess {
        MemberAccess(type: context.memberType, isInitializingSelf: context.isInitializer)
    }

    private func memberPlace(
        _ base: Place, _ name: String, spot: SourceSpot, access: MemberAccess = .outside
    ) -> Place {
        Place(
            read: { frame in
                let value = try base.read(frame)
                return try located(spot) { try frame.runtime.member(of: value, name) }
            },
            modify: { frame, body in
                try rephrasingConstant(at: spot, "cannot assign to property") {
                    try base.modify(frame) { value in
                        try located(spot) { try frame.runtime.modifyMember(&value, name, from: access, body) }
                    }
                }
            })
    }

    /// A place for a value that is not stored anywhere (a call's result): changes reach only references.
    func readOnlyPlace(_ read: @escaping Evaluator) -> Place {
        Place(read: read) { frame, body in
            var value = try read(frame)
            try body(&value)
        }
    }

    private func compileSubscriptPlace(_ subscriptCall: SubscriptCallExprSyntax) throws -> Place {
        let base =
            try compilePlace(subscriptCall.calledExpression)
            ?? readOnlyPlace(try compileExpression(subscriptCall.calledExpression))
        let indices = try compileArguments(subscriptCall.arguments)
        let labels = subscriptCall.arguments.map { $0.label?.text }
        let spot = spot(subscriptCall.leftSquare)
        let evaluateIndices: (Frame) throws -> [Value] = { frame in try indices.map { try $0(frame) } }
        return Place(
            read: { frame in
                let value = try base.read(frame)
                let keys = try evaluateIndices(frame)
                return try located(spot) { try frame.runtime.subscriptValue(value, keys, labels) }
            },
            modify: { frame, body in
                let keys = try evaluateIndices(frame)
                try base.modify(frame) { value in
                    try located(spot) { try frame.runtime.modifySubscript(&value, keys, labels, body) }
                }
            })
    }

    private func unwrapPlace(_ inner: Place, spot: SourceSpot) -> Place {
        Place(
            read: { frame in
                guard let value = try inner.read(frame).unwrappedOnce else {
                    throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value", at: spot)
                }
                return value
            },
            modify: { frame, body in
                try inner.modify(frame) { value in
                    guard var wrapped = value.unwrappedOnce else {
                        throw RuntimeError("Unexpectedly found nil while unwrapping an Optional value", at: spot)
                    }
                    let wasOptional = if case .optional = value { true } else { false }
                    value = .void
                    try body(&wrapped)
                    value = wasOptional ? .optional(wrapped) : wrapped
                }
            })
    }
}

/// Changes a variable's value through `body`. The value is taken out of the variable meanwhile, so that its
/// storage is unique and changes in place. A constant may only be "changed" through a reference it holds
/// (`let model = ...; model.weight = w`, `let students = [Student(...)]; students[0].name = "x"`).
func modifyVariable(
    _ variable: Variable, _ name: String, _ spot: SourceSpot?, _ body: (inout Value) throws -> Void
)
    throws
{
    if variable.isConstant {
        var value = variable.value
        let original = value
        try body(&value)
        // Changing an object that a constant array or struct holds leaves the constant as it was.
        guard isSameReference(original, value) || value == original else {
            var error = RuntimeError("cannot assign to value: '\(name)' is a 'let' constant", at: spot)
            error.constantName = name
            throw error
        }
        return
    }
    var value = variable.value
    variable.value = .void
    defer { variable.value = value }
    try body(&value)
    if let declaredType = variable.declaredType { value = value.converted(to: declaredType) }
}

/// Whether `after` is still the same class instance or library object as `before`.
func isSameReference(_ before: Value, _ after: Value) -> Bool {
    switch (before, after) {
    case (.object(let a), .object(let b)): a === b
    case (.native(let a), .native(let b)): a === b
    case (.type, .type): true
    default: false
    }
}

/// Runs `body`; an assignment to a `let` that it meets directly is reported as swiftc words it for what the code
/// does (`cannot assign to property: 'p' is a 'let' constant`, `cannot use mutating member on immutable value:
/// ...`), at `spot`.
func rephrasingConstant(at spot: SourceSpot, _ action: String, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch var error as RuntimeError {
        if let name = error.constantName {
            error = RuntimeError("\(action): '\(name)' is a 'let' constant", at: spot)
        }
        throw error
    }
}
