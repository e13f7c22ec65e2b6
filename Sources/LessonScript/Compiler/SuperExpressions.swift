import SwiftSyntax

extension Compiler {
    /// The class whose `super` a member of the current type reaches, checked as swiftc checks it.
    private func superclassContext(at node: some SyntaxProtocol) throws -> TypeDefinition {
        guard let type = context.memberType, type.kind == .classType else {
            throw compileError(
                "'super' cannot be used outside of a class computed property, method, initializer, deinitializer, or "
                    + "subscript", at: node)
        }
        guard type.superclass != nil || type.nativeSuperclass != nil else {
            throw compileError(
                "'super' cannot be used in class '\(type.name)' because it has no superclass", at: node)
        }
        return type
    }

    /// `super.name(arguments)`: the superclass's method runs on `self` (no dynamic dispatch), or for
    /// `super.init(...)` the superclass's initializer.
    func compileSuperCall(
        _ access: MemberAccessExprSyntax, _ arguments: CompiledArguments, spot: SourceSpot
    ) throws
        -> Evaluator
    {
        let base = access.base ?? ExprSyntax(access)
        let type = try superclassContext(at: base)
        let name = access.declName.baseName.text
        let receiver = try compileNameRead("self", at: base)
        if name == "init" {
            guard context.isInitializer else {
                throw compileError("'super.init' cannot be called outside of an initializer", at: base)
            }
            return { frame in
                var values = try arguments.evaluate(frame)
                try located(spot) { try frame.runtime.superInitialize(type, frame.slots[0], &values) }
                return .void
            }
        }
        try checkSuperMember(name, of: type, at: access.declName)
        return { frame in
            let value = try receiver(frame)
            var values = try arguments.evaluate(frame)
            let result = try located(spot) { try frame.runtime.callSuperMethod(type, value, name, &values) }
            try arguments.writeBack(values, frame)
            return result
        }
    }

    /// `super.name` read: the superclass's property (or method, as a value) on `self`.
    func compileSuperMember(_ access: MemberAccessExprSyntax) throws -> Evaluator {
        let base = access.base ?? ExprSyntax(access)
        let type = try superclassContext(at: base)
        let name = access.declName.baseName.text
        try checkSuperMember(name, of: type, at: access.declName)
        let receiver = try compileNameRead("self", at: base)
        let spot = spot(access.declName)
        return { frame in
            let value = try receiver(frame)
            return try located(spot) { try frame.runtime.superMember(type, value, name) }
        }
    }

    private func checkSuperMember(_ name: String, of type: TypeDefinition, at node: some SyntaxProtocol) throws {
        if let parent = type.superclass {
            guard parent.hasInstanceMember(name) || parent.nativeSuperclass?.hasMember(name) == true else {
                throw compileError("value of type '\(parent.name)' has no member '\(name)'", at: node)
            }
        } else if let native = type.nativeSuperclass, !native.hasMember(name) {
            throw compileError("value of type '\(native.name)' has no member '\(name)'", at: node)
        }
    }

    /// `self.init(...)` in an initializer: another initializer of the same type (or a struct's memberwise one)
    /// initializes `self`.
    func compileSelfInit(
        _ access: MemberAccessExprSyntax, _ arguments: CompiledArguments, spot: SourceSpot
    ) throws
        -> Evaluator
    {
        guard context.isInitializer, let type = context.memberType else {
            throw compileError("'self.init' cannot be called outside of an initializer", at: access)
        }
        return { frame in
            var values = try arguments.evaluate(frame)
            try located(spot) { try frame.runtime.delegateInitializer(type, frame.slots[0], &values) }
            return .void
        }
    }

    /// The implicit `super.init()` that Swift adds at the end of a subclass's initializer that does not call one,
    /// or `nil` when the body calls `super.init` or `self.init` itself or the class has no superclass. Swift adds
    /// it only when `init()` is the superclass's one designated initializer.
    func implicitSuperInitializer(
        for type: TypeDefinition, _ body: CodeBlockItemListSyntax
    ) throws -> ((Frame) throws -> Void)? {
        guard type.kind == .classType, type.superclass != nil || type.nativeSuperclass != nil,
            !body.callsInitializerExplicitly
        else { return nil }
        let designated: [[String?]]
        if let parent = type.superclass {
            let initializers = parent.designatedInitializers
            designated = initializers.isEmpty && parent.nativeSuperclass == nil ? [[]] : initializers.map(\.labelList)
        } else {
            designated =
                type.nativeSuperclass?.lookup { $0.subclassInitializers.isEmpty ? nil : $0.subclassInitializers }?
                .map { $0.signature.parameters.map(\.label) } ?? []
        }
        if designated.count != 1 || designated.first?.isEmpty != true {
            let end = body.parent?.as(CodeBlockSyntax.self)?.rightBrace
            throw compileError(
                "'super.init' isn't called on all paths before returning from initializer",
                at: end.map(Syntax.init) ?? Syntax(body))
        }
        return { frame in
            var none = CallArguments([])
            try frame.runtime.superInitialize(type, frame.slots[0], &none)
        }
    }
}

extension CodeBlockItemListSyntax {
    /// Whether the body calls `super.init(...)` or `self.init(...)` (outside nested closures and functions).
    var callsInitializerExplicitly: Bool {
        final class Finder: SyntaxVisitor {
            var found = false
            override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
                if node.declName.baseName.text == "init",
                    node.base?.is(SuperExprSyntax.self) == true
                        || node.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
                {
                    found = true
                }
                return .visitChildren
            }
        }
        let finder = Finder(viewMode: .sourceAccurate)
        finder.walk(self)
        return finder.found
    }
}

extension Runtime {
    /// Runs the superclass's initializer chosen by `arguments` on the object being initialized: a cell class's
    /// (its own, inherited, or the implicit one of a class without `init`), or for a class that inherits from a
    /// library class, the library's initializer, which makes the library object that the cell object becomes.
    func superInitialize(_ type: TypeDefinition, _ receiver: Variable, _ arguments: inout CallArguments) throws {
        if let parent = type.superclass {
            let candidates = parent.availableInitializers
            guard !candidates.isEmpty else {
                guard arguments.values.isEmpty else {
                    throw RuntimeError("argument passed to call that takes no arguments")
                }
                if parent.superclass != nil || parent.nativeSuperclass != nil {
                    try superInitialize(parent, receiver, &arguments)
                }
                return
            }
            let initializer = try chooseInitializer(candidates, arguments, typeName: parent.name)
            _ = try invoke(initializer, captures: [], receiver: receiver, &arguments)
            return
        }
        guard let native = type.nativeSuperclass else { return }
        guard case .object(let instance) = receiver.value else {
            throw RuntimeError("'super.init' called multiple times in initializer")
        }
        receiver.value = try makeLibraryObject(native, instance, arguments)
    }

    /// `self.init(...)`: one of the type's initializers, or a struct's memberwise initializer, on `receiver`.
    func delegateInitializer(_ type: TypeDefinition, _ receiver: Variable, _ arguments: inout CallArguments) throws {
        if type.kind == .structType, !type.declaresInitializers,
            (try? chooseInitializer(type.initializers, arguments, typeName: type.name)) == nil
        {
            receiver.value = try memberwiseInitialize(type, receiver.value, arguments)
            return
        }
        // A class's `self.init` reaches the initializer of the object's own class (a subclass's override).
        let dynamicType = type.kind == .classType ? receiver.value.declaredType(in: self) ?? type : type
        let initializer = try chooseInitializer(
            dynamicType.availableInitializers, arguments, typeName: dynamicType.name)
        _ = try invoke(initializer, captures: [], receiver: receiver, &arguments)
    }

    /// The library object for a cell class that inherits from the library class `binding` (`Module`): made by the
    /// library's subclass initializer that accepts `arguments`, holding `instance` as its cell part.
    func makeLibraryObject(
        _ binding: NativeTypeBinding, _ instance: ObjectInstance, _ arguments: CallArguments
    ) throws -> Value {
        instance.runtime = self
        let initializers = binding.lookup { $0.subclassInitializers.isEmpty ? nil : $0.subclassInitializers } ?? []
        var failure: RuntimeError?
        if let object = try initializers.invoke(
            arguments, receiver: .object(instance), runtime: self, failure: &failure)
        {
            return object
        }
        throw failure ?? RuntimeError("'\(binding.name)' cannot be subclassed in lesson cells")
    }

    /// `super.name(arguments)`: the method as the superclass defines it, run on `receiver`.
    func callSuperMethod(
        _ type: TypeDefinition, _ receiver: Value, _ name: String, _ arguments: inout CallArguments
    ) throws -> Value {
        if let parent = type.superclass, let methods = parent.instanceMethods(name) {
            let method = try chooseMethod(methods, arguments, typeName: parent.name, name)
            return try invoke(method, captures: [], receiver: Variable(receiver, isConstant: true), &arguments)
        }
        if let parent = type.superclass, parent.hasInstanceMember(name), parent.instanceMethods(name) == nil {
            return try call(try superMember(type, receiver, name), &arguments)
        }
        guard case .native(let object) = receiver, let script = scriptObject(of: object),
            let binding = bindings.binding(for: object)
        else {
            throw RuntimeError("value of type '\(type.name)' has no member '\(name)'")
        }
        // The library's own implementation: the library object must not forward the call back to the cell.
        let wasCallingSuper = script.isCallingSuper
        script.isCallingSuper = true
        defer { script.isCallingSuper = wasCallingSuper }
        return try callLibraryMethod(object, binding, name, arguments)
    }

    /// `super.name` read on `receiver`: the superclass's computed property, stored property or method.
    func superMember(_ type: TypeDefinition, _ receiver: Value, _ name: String) throws -> Value {
        if let parent = type.superclass {
            if let property = parent.computedProperty(name) {
                var none = CallArguments([])
                return try invoke(
                    property.getter, captures: [], receiver: Variable(receiver, isConstant: true), &none)
            }
            if let methods = parent.instanceMethods(name) {
                return .function(boundMethods(methods, receiver: Variable(receiver, isConstant: true)))
            }
            if parent.fieldIndices[name] != nil { return try member(of: receiver, name) }
        }
        guard case .native(let object) = receiver, let binding = bindings.binding(for: object),
            let property = binding.lookup({ $0.properties[name] })
        else { throw RuntimeError("value of type '\(type.name)' has no member '\(name)'") }
        return try property.get(object)
    }
}
