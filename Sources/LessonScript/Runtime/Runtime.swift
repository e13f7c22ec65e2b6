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
    var recursionLimit: Int
    var output = ""
    private(set) var depth = 0
    private var ticks = 0
    private var deadline: ContinuousClock.Instant = .now
    private var timeLimit: Double = 0

    init(bindings: BindingTable, recursionLimit: Int) {
        self.bindings = bindings
        self.recursionLimit = recursionLimit
    }

    /// Starts the clock for a cell that may run `seconds`.
    func startCell(timeLimit seconds: Double) {
        timeLimit = seconds
        let limited = seconds.isFinite ? min(max(seconds, 0), 1e9) : 1e9
        deadline = .now + .nanoseconds(Int64(limited * 1e9))
        depth = 0
        ticks = 0
        output = ""
    }

    /// Counts one loop iteration or call; every few counts, checks the cell's deadline.
    @inline(__always)
    func tick() throws {
        ticks &+= 1
        if ticks & 31 == 0, ContinuousClock.now > deadline {
            throw RuntimeError.timeout(seconds: timeLimit)
        }
    }

    /// Enters a function call, checking the recursion limit and the deadline; pair with `leaveCall()`.
    @inline(__always)
    func enterCall() throws {
        depth += 1
        if depth > recursionLimit {
            depth -= 1
            throw RuntimeError(
                "too deep recursion: more than \(recursionLimit) nested calls (the lesson's recursion limit)")
        }
        try tick()
    }

    @inline(__always)
    func leaveCall() {
        depth -= 1
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
            variables[index] = variable
            return index
        }
        indices[name] = variables.count
        variables.append(variable)
        return variables.count - 1
    }

    var names: Dictionary<String, Int>.Keys { indices.keys }
}
