/// The state of one lesson's interpreter: global variables, bindings, limits and the running cell's output.
final class Runtime {
    let bindings: BindingTable
    let globals = Globals()
    /// The enums declared so far, for implicit member expressions (`.north`).
    var declaredEnums: [TypeDefinition] = []
    /// What cells' extensions added to standard-library and library types, by type name (`Int`, `Array`).
    var extensions: [String: TypeDefinition] = [:]
    /// The operator functions cells declared at the top level, by operator, newest first.
    var operatorFunctions: [String: [Function]] = [:]
    /// Whether a cell declared a struct with a `lazy var`.
    var hasLazyStructs = false
    /// The properties whose `willSet`/`didSet` are running (assigning one of them inside does not run them).
    var observing: Set<PropertyKey> = []
    /// The limit on the memory of values outside tensors.
    var memory: ValueMemory
    /// The guard against running out of stack, armed on each cell's thread.
    var stack = StackGuard()
    var output = ""
    private var ticks = 0
    private var deadline: ContinuousClock.Instant = .now
    private var timeLimit: Double = 0

    init(bindings: BindingTable, memoryLimit: Int = ValueMemory.defaultLimit) {
        self.bindings = bindings
        self.memory = ValueMemory(limit: memoryLimit)
    }

    /// Starts the clock for a cell that may run `seconds`.
    func startCell(timeLimit seconds: Double) {
        timeLimit = seconds
        let limited = seconds.isFinite ? min(max(seconds, 0), 1e9) : 1e9
        deadline = .now + .nanoseconds(Int64(limited * 1e9))
        ticks = 0
        output = ""
    }

    /// Counts one loop iteration or call; every few counts, checks the cell's deadline, and now and then the
    /// memory its values hold.
    @inline(__always)
    func tick() throws {
        ticks &+= 1
        if ticks & 31 == 0 { try checkLimits() }
    }

    @inline(never)
    private func checkLimits() throws {
        try checkTime()
        if ticks & 0x3_FFFF == 0 { try memory.checkHeap() }
    }

    /// Throws the cell's timeout error once its deadline has passed; long-running built-ins call it every so
    /// many elements.
    func checkTime() throws {
        if ContinuousClock.now > deadline { throw RuntimeError.timeout(seconds: timeLimit) }
    }

    /// Enters a function call, checking the stack and the deadline.
    @inline(__always)
    func enterCall() throws {
        if stack.isExhausted {
            throw RuntimeError(
                "too deep recursion: the cell's calls are nested deeper than the interpreter's stack allows")
        }
        try tick()
    }

    /// Throws when the stack is nearly used up, for the recursive walks over values and syntax (printing,
    /// comparing, compiling); `what` says what was too deep: `value is nested too deeply to print`.
    @inline(__always)
    func checkStack(_ what: @autoclosure () -> String) throws {
        if stack.isExhausted { throw RuntimeError(what()) }
    }

    /// Appends printed text to the cell's output.
    func write(_ text: String) {
        output += text
    }
}

/// The lesson's global variables: the top-level declarations of all cells run so far, by name.
///
/// A name's index never changes, so compiled code caches it; declaring the name again (in a later cell) puts a
/// new variable at the same index.
final class Globals {
    private(set) var indices: [String: Int] = [:]
    private(set) var variables: [Variable] = []

    func index(of name: String) -> Int? { indices[name] }

    subscript(index: Int) -> Variable {
        get { variables[index] }
        set { variables[index] = newValue }
    }

    @discardableResult
    func declare(_ name: String, _ variable: Variable) -> Int {
        if let index = indices[name] {
            var replaced = [variables[index]]
            variables[index] = variable
            ValueRelease.release(&replaced)
            return index
        }
        indices[name] = variables.count
        variables.append(variable)
        return variables.count - 1
    }

    var names: Dictionary<String, Int>.Keys { indices.keys }

    /// Forgets every variable, releasing their values level by level (see ``ValueRelease``).
    func removeAll() {
        indices = [:]
        ValueRelease.release(&variables)
    }
}
