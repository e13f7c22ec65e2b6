import SwiftSyntax

/// Checks a cell's types before it runs, as Swift's compiler would: a value of the wrong type for a variable,
/// argument, property or result, `Double + Int`, an optional used unwrapped, a condition that is not a `Bool`,
/// wrong argument labels, assigning to a `let`. The first error, with swiftc's words at swiftc's place, fails
/// the cell before any of it runs.
///
/// It is a pass of its own over the folded syntax tree, separate from compiling: a local, bidirectional
/// inference (literals take their type from context) with an `unknown` type for whatever it cannot tell (a
/// library call, a generic parameter), which never causes an error. Like swiftc, it checks the top-level code
/// and stored property initializers first, in order, then the bodies of functions, methods and computed
/// properties, in order.
///
/// ```swift
/// var environment = TypeEnvironment()
/// let checker = TypeChecker(environment: environment, bindings: table, cell: cell)
/// try checker.check()                 // throws `cannot convert value of type 'String' to specified type 'Int'`
/// environment = checker.environment   // the cell's declarations, for the cells below
/// ```
final class TypeChecker {
    /// The lesson's declarations so far, and, as the check goes on, this cell's.
    var environment: TypeEnvironment
    let bindings: BindingTable
    let cell: CellSource
    /// The block scopes from the outermost (a function body's or the cell's) to the innermost.
    var scopes: [[String: TypeEnvironment.Symbol]] = []
    /// The function, method, closure or top-level code being checked.
    var body = BodyContext()
    /// Function bodies met during the first pass, checked after it as swiftc does.
    var deferredBodies: [() throws -> Void] = []
    /// Called for every expression checked: the session's check of the cell's time limit.
    let tick: () throws -> Void
    /// Whether the thread's stack is nearly used up: the checker then stops looking deeper (the compiler reports
    /// the nesting).
    let isStackExhausted: () -> Bool
    /// How many expressions enclose the one being inferred; past the compiler's limit the checker stops
    /// looking deeper (the compiler reports the nesting).
    var nestedExpressions = 0

    init(
        environment: TypeEnvironment, bindings: BindingTable, cell: CellSource,
        tick: @escaping () throws -> Void = {}, isStackExhausted: @escaping () -> Bool = { false }
    ) {
        self.environment = environment
        self.bindings = bindings
        self.cell = cell
        self.tick = tick
        self.isStackExhausted = isStackExhausted
    }

    /// Checks the whole cell; throws its first type error. On success, ``environment`` holds the cell's
    /// declarations too.
    func check() throws {
        let items = Array(cell.tree.statements)
        declareCellNames(items)
        scopes = [[:]]
        for item in items { try checkTopLevel(item.item) }
        scopes = [[:]]
        var index = 0
        while index < deferredBodies.count {
            try deferredBodies[index]()
            index += 1
        }
    }

    /// An error at `node`, in swiftc's words.
    func typeError(_ message: String, at node: some SyntaxProtocol) -> RuntimeError {
        RuntimeError(message, at: spot(node))
    }

    /// Checks the cell's time limit, placing a timeout at `node`, the expression being checked.
    func tick(at node: some SyntaxProtocol) throws {
        do {
            try tick()
        } catch var error as RuntimeError {
            error.spot = error.spot ?? spot(node)
            throw error
        }
    }

    private func spot(_ node: some SyntaxProtocol) -> SourceSpot {
        SourceSpot(cell: cell, offset: node.positionAfterSkippingLeadingTrivia.utf8Offset)
    }
}

/// What the checker knows about the body it is in: the result a `return` must give, and `self`.
struct BodyContext {
    /// The type a `return` must give; `nil` where it is not checked (closures, top-level code).
    var result: StaticType?
    /// Whether `return` is allowed a value at all (not in an initializer or top-level code).
    var isFunction = false
    /// The cell type whose member is being checked (also inside closures in it).
    var selfType: StaticType?
    /// A static member: `self` is the type.
    var isStatic = false
    /// Whether `self`'s properties may be assigned: a class, a `mutating` method, an initializer.
    var selfIsMutable = true
    /// An initializer: it may set its type's `let` properties.
    var isInitializer = false
    /// The generic parameters in scope: they are unknown types.
    var generics: Set<String> = []
    /// How many of the checker's scopes belong to enclosing bodies.
    var firstScope = 0
    /// A stored property's initial value read before its type's members are known: a global variable's name
    /// may then stand for a member of the same name, so its type is unknown.
    var isDetached = false
}

extension TypeChecker {
    /// Runs `check` for a nested body (function, closure): new scopes on top of the current ones, `context`
    /// in force.
    func inBody<T>(_ context: BodyContext, _ check: () throws -> T) rethrows -> T {
        let savedBody = body
        let savedCount = scopes.count
        body = context
        body.firstScope = scopes.count
        scopes.append([:])
        defer {
            scopes.removeLast(scopes.count - savedCount)
            body = savedBody
        }
        return try check()
    }

    /// Runs `check` in a new block scope.
    func inScope<T>(_ check: () throws -> T) rethrows -> T {
        scopes.append([:])
        defer { scopes.removeLast() }
        return try check()
    }

    /// Declares a local name in the innermost scope.
    func declareLocal(_ name: String, _ symbol: TypeEnvironment.Symbol) {
        guard name != "_" else { return }
        if scopes.isEmpty { scopes.append([:]) }
        scopes[scopes.count - 1][name] = symbol
    }

    /// Whether the checker is at the cell's top level (where declarations are globals).
    var isAtTopLevel: Bool { scopes.count == 1 && body.firstScope == 0 && !body.isFunction && body.selfType == nil }

    /// Declares a variable: a global at the top level, a local elsewhere.
    func declareVariable(_ name: String, _ type: StaticType, isConstant: Bool) {
        let symbol = TypeEnvironment.Symbol.variable(type.defaulted, isConstant: isConstant)
        if isAtTopLevel {
            guard name != "_" else { return }
            environment.names[name] = symbol
        } else {
            declareLocal(name, symbol)
        }
    }
}
