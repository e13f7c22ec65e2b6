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
                try located(spot) {
                    try arguments.placingErrors { try frame.runtime.superInitialize(type, frame.slots[0], &values) }
                }
                return .void
            }
        }
        try checkSuperMember(name, of: type, at: access.declName)
        let isStatic = context.isStatic
        return { frame in
            let value = try receiver(frame)
            var values = try arguments.evaluate(frame)
            let result = try located(spot) {
                try arguments.placingErrors {
                    isStatic
                        ? try frame.runtime.call(try frame.runtime.superStaticMember(type, value, name), &values)
                        : try frame.runtime.callSuperMethod(type, value, name, &values)
                }
            }
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
        if context.isStatic {
            return { frame in
                let value = try receiver(frame)
                return try located(spot) { try frame.runtime.superStaticMember(type, value, name) }
            }
        }
        return { frame in
            let value = try receiver(frame)
            return try located(spot) { try frame.runtime.superMember(type, value, name) }
        }
    }

    /// `super.name = value` (or `+=`...): the superclass's setter of `name` runs on `self`, as an override's
    /// setter calls it.
    func compileSuperPlace(_ access: MemberAccessExprSyntax) throws -> Place {
        let read = try compileSuperMember(access)
        let base = access.base ?? ExprSyntax(access)
        let type = try superclassContext(at: base)
        let name = access.declName.baseName.text
        let receiver = try compileNameRead("self", at: base)
        let spot = spot(access.declName)
        return Place(read: read) { frame, body in
            var value = try read(frame)
            try body(&value)
            let object = try receiver(frame)
            try located(spot) { try frame.runtime.setSuperMember(type, object, name, value) }
        }
    }

    private func checkSuperMember(_ name: String, of type: TypeDefinition, at node: some SyntaxProtocol) throws {
        if context.isStatic {
            guard let parent = type.superclass, parent.hasStaticMember(name) else {
                let parentName = type.superclass?.name ?? type.nativeSuperclass?.name ?? type.name
                throw compileError("type '\(parentName)' has no member '\(name)'", at: node)
            }
            return
        }
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

extension Compiler {
    /// swiftc's rules on which class initializers delegate: a convenience initializer (or one in an extension)
    /// calls `self.init`, never `super.init`; a designated one never calls `self.init`.
    func checkDelegation(
        _ initializer: InitializerDeclSyntax, _ modifiers: MemberModifiers, in definition: TypeDefinition,
        isExtension: Bool
    ) throws {
        guard definition.kind == .classType, let body = initializer.body?.statements else { return }
        if modifiers.isConvenience, let superInit = body.initializerCall(on: .super) {
            throw compileError(
                "convenience initializer for '\(definition.name)' must delegate (with 'self.init') rather than "
                    + "chaining to a superclass initializer (with 'super.init')", at: superInit.declName)
        }
        guard !modifiers.isConvenience else { return }
        if isExtension {
            throw compileError(
                "designated initializer cannot be declared in an extension of '\(definition.name)'; did you mean this "
                    + "to be a convenience initializer?", at: initializer.initKeyword)
        }
        if body.initializerCall(on: .self) != nil {
            throw compileError(
                "designated initializer for '\(definition.name)' cannot delegate (with 'self.init'); did you mean this "
                    + "to be a convenience initializer?", at: initializer.initKeyword)
        }
    }
}

extension CodeBlockItemListSyntax {
    /// The receiver of an initializer call in a body.
    enum InitializerReceiver {
        case `self`
        case `super`
    }

    /// The first `super.init` or `self.init` of the body (outside nested closures and functions).
    func initializerCall(on receiver: InitializerReceiver) -> MemberAccessExprSyntax? {
        final class Finder: SyntaxVisitor {
            let receiver: InitializerReceiver
            var found: MemberAccessExprSyntax?
            init(_ receiver: InitializerReceiver) {
                self.receiver = receiver
                super.init(viewMode: .sourceAccurate)
            }
            override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
            override func visit(_ node: MemberAccessExprSyntax) -> SyntaxVisitorContinueKind {
                guard found == nil, node.declName.baseName.text == "init" else { return .visitChildren }
                let matches =
                    switch receiver {
                    case .super: node.base?.is(SuperExprSyntax.self) == true
                    case .self: node.base?.as(DeclReferenceExprSyntax.self)?.baseName.tokenKind == .keyword(.self)
                    }
                if matches { found = node }
                return .visitChildren
            }
        }
        let finder = Finder(receiver)
        finder.walk(self)
        return finder.found
    }

    /// Whether the body calls `super.init(...)` or `self.init(...)` (outside nested closures and functions).
    var callsInitializerExplicitly: Bool {
        initializerCall(on: .super) != nil || initializerCall(on: .self) != nil
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
        if type.kind == .extensionType, let builtin = BuiltinType(rawValue: type.name) {
            // `self.init(...)` in `extension Double { init(...) }`: another initializer of the standard type.
            receiver.value = try construct(.builtin(builtin), &arguments)
            return
        }
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

    /// `super.name = value` on `receiver`: the superclass's computed setter, or its stored property.
    func setSuperMember(_ type: TypeDefinition, _ receiver: Value, _ name: String, _ value: Value) throws {
        guard let parent = type.superclass else {
            throw RuntimeError("value of type '\(type.name)' has no member '\(name)'")
        }
        if let property = parent.computedProperty(name) {
            guard let setter = property.setter else {
                throw RuntimeError("cannot assign to property: '\(name)' is a get-only property")
            }
            var arguments = CallArguments([value])
            _ = try invoke(setter, captures: [], receiver: Variable(receiver), &arguments)
            return
        }
        var object = receiver
        try modifyMember(&object, name, from: MemberAccess(type: parent, isInitializingSelf: false)) { $0 = value }
    }

    /// `super.name` in a `static` or `class` member: the superclass's static member, with `self` still the type
    /// the member was called on (so that `class var`s it reads dispatch on that type).
    func superStaticMember(_ type: TypeDefinition, _ receiver: Value, _ name: String) throws -> Value {
        guard let parent = type.superclass else {
            throw RuntimeError("type '\(type.name)' has no member '\(name)'")
        }
        if let variable = parent.staticVariable(name) { return variable.value }
        if let property = parent.staticComputedProperty(name) {
            var none = CallArguments([])
            return try invoke(property.getter, captures: [], receiver: Variable(receiver, isConstant: true), &none)
        }
        if let methods = parent.staticMethodOverloads(name) {
            return .function(boundMethods(methods, receiver: Variable(receiver, isConstant: true)))
        }
        return try staticMember(of: .declared(parent), name)
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
