import Foundation

/// One lesson's interpreter: cells run one after another in a shared environment, as one program.
///
/// Each cell runs on a thread with a large stack, under a time limit and a memory limit for its values; recursion
/// may go as deep as the stack allows. Any error (syntax, runtime, timeout, too deep recursion, not enough memory)
/// is reported in the cell's result, and the next cell runs normally.
///
/// ```swift
/// let session = ScriptSession(bindings: tensorBindings)
/// let first = session.run("let x: Double = 3", origin: SourceOrigin(file: "lesson.md", line: 5))
/// let second = session.run("x * 2", origin: SourceOrigin(file: "lesson.md", line: 9))
/// second.valueText  // "6.0"
/// ```
public final class ScriptSession {
    /// Limits for running cells.
    public struct Options: Sendable {
        /// A cell's time limit, in seconds (a cell may set its own in `run`).
        public var timeLimit: Double = 300
        /// The stack size of the thread that runs cells, in bytes: recursion deeper than about three quarters
        /// of it is "too deep recursion".
        public var stackSize = 512 << 20
        /// The most bytes one string, array, set or printed output that a cell builds may take (tensors have
        /// their own limit); `nil` for three quarters of the physical memory.
        public var memoryLimit: Int?
        /// Whether the cells share one thread, made by the first cell (the fastest for many short cells), or each
        /// cell runs on a thread of its own that ends with it, so that between cells the process has no thread but
        /// the caller's and can be forked (`lesson preview` keeps forked copies as checkpoints).
        public var cellsShareAThread = true

        /// The default limits: 300 s per cell, a 512 MiB stack, three quarters of the memory.
        public init(timeLimit: Double = 300, stackSize: Int = 512 << 20, memoryLimit: Int? = nil) {
            self.timeLimit = timeLimit
            self.stackSize = stackSize
            self.memoryLimit = memoryLimit
        }
    }

    /// The limits in force.
    public let options: Options
    private let runtime: Runtime
    private let prepareThread: () -> Void
    /// The types of the names the cells declared so far, for checking the cells below.
    private var types = TypeEnvironment()
    /// The thread every cell runs on, once the first cell has made it.
    private var madeThread: CellThread?
    /// Whether a cell has run, and so may have declared values to release.
    private var hasRunCells = false

    /// A session whose cells can use `bindings`' library. `prepareThread` runs on each cell's thread before the
    /// cell, so a library can install its per-lesson state there (the tensor library's generator, grad mode and
    /// print options are per thread, as in PyTorch).
    public init(
        bindings: BindingTable = BindingTable(), options: Options = Options(), prepareThread: @escaping () -> Void = {}
    ) {
        self.options = options
        self.runtime = Runtime(bindings: bindings, memoryLimit: options.memoryLimit ?? ValueMemory.defaultLimit)
        self.prepareThread = prepareThread
    }

    /// Releases the lesson's values level by level, on a thread with a large stack: a value nested a million
    /// levels deep (`a = [a]` in a loop) would need more stack than any other thread has to be freed
    /// recursively.
    deinit {
        guard hasRunCells else { return }  // nothing was declared
        let runtime = self.runtime
        let release = {
            runtime.globals.removeAll()
            runtime.declaredEnums.removeAll()
        }
        if let madeThread, options.stackSize >= Options().stackSize {
            madeThread.run(release)
        } else {
            Self.onThread(stackSize: Options().stackSize, release)
        }
        madeThread?.stop()
    }

    /// Throws the running cell's timeout error once its time limit has passed. Libraries whose work can take
    /// long without calling back into the cell (filling a large random tensor) call it now and then, on the
    /// cell's thread.
    ///
    /// ```swift
    /// for chunk in chunks { fill(chunk); try session.checkTimeLimit() }
    /// ```
    public func checkTimeLimit() throws {
        try runtime.checkTime()
    }

    /// Runs one cell's source; `origin` places it in the lesson file for messages, `timeLimit` overrides the
    /// session's for this cell.
    public func run(_ source: String, origin: SourceOrigin, timeLimit: Double? = nil) -> CellResult {
        hasRunCells = true
        return onCellThread { [self] in runHere(source, origin: origin, timeLimit: timeLimit ?? options.timeLimit) }
    }

    /// Type-checks one cell as ``run(_:origin:timeLimit:)`` does before running it, and runs nothing: its
    /// declarations' types are kept for checking the cells below. `Benchmarks/type-checking.sh` times the checker
    /// with it.
    ///
    /// ```swift
    /// session.typeCheck("let y: Int = \"s\"", origin: SourceOrigin(file: "main.swift")).error?.message
    /// // "cannot convert value of type 'String' to specified type 'Int'"
    /// ```
    public func typeCheck(_ source: String, origin: SourceOrigin) -> TypeCheckOutcome {
        onCellThread { [self] in
            let cell = CellSource(source: source, origin: origin)
            runtime.startCell(timeLimit: options.timeLimit)
            if let syntaxError = cell.syntaxErrors().first {
                return TypeCheckOutcome(error: syntaxError, duration: .zero)
            }
            let clock = ContinuousClock()
            let start = clock.now
            do {
                try check(cell)
                return TypeCheckOutcome(error: nil, duration: clock.now - start)
            } catch {
                let duration = clock.now - start
                types.forget(cell.tree.statements.flatMap(\.item.declaredNames))
                return TypeCheckOutcome(error: scriptError(error), duration: duration)
            }
        }
    }

    /// Runs `body` on the cells' thread, with its stack guard armed and the library's state prepared.
    private func onCellThread<Result>(_ body: @escaping () -> Result) -> Result {
        let prepared = { [self] in
            runtime.stack.arm(stackSize: options.stackSize)
            prepareThread()
            return body()
        }
        guard options.cellsShareAThread else { return Self.onThread(stackSize: options.stackSize, prepared) }
        let thread = madeThread ?? CellThread(stackSize: options.stackSize)
        madeThread = thread
        return thread.run(prepared)
    }

    /// Type-checks `cell`, keeping the types its declarations give for the cells below.
    private func check(_ cell: CellSource) throws {
        let checker = TypeChecker(
            environment: types, bindings: runtime.bindings, cell: cell, tick: { [runtime] in try runtime.tick() },
            isStackExhausted: { [runtime] in runtime.stack.isExhausted })
        try checker.check()
        types = checker.environment
    }

    /// Runs `body` on a new thread with a stack of `stackSize` bytes, and waits for its result.
    private static func onThread<Result>(stackSize: Int, _ body: @escaping () -> Result) -> Result {
        let box = ThreadResult<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.result = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        guard let result = box.result else { preconditionFailure("the thread finished without a result") }
        return result
    }

    /// The syntax errors of a cell, formatted as `swiftc` prints them, without running it.
    /// Parsing runs on a thread with the cells' stack, as for a cell, whatever the calling thread's stack.
    public static func diagnose(_ source: String, origin: SourceOrigin) -> [ScriptError] {
        onThread(stackSize: Options().stackSize) {
            CellSource(source: source, origin: origin).syntaxErrors()
        }
    }

    /// Runs a cell on the calling thread.
    private func runHere(_ source: String, origin: SourceOrigin, timeLimit: Double) -> CellResult {
        let clock = ContinuousClock()
        let start = clock.now
        let cell = CellSource(source: source, origin: origin)
        runtime.startCell(timeLimit: timeLimit)
        var finalSpot: SourceSpot?
        func finish(value: Value? = nil, error: ScriptError? = nil) -> CellResult {
            if error != nil {
                runtime.undefineNames(declaredBy: cell)
                types.forget(cell.tree.statements.flatMap(\.item.declaredNames))
            }
            var valueText: String?
            var displayError = error
            if let value, error == nil, !value.isVoid {
                do {
                    let printed = runtime.output
                    let start = printed.utf8.count + (printed.isEmpty || printed.hasSuffix("\n") ? 0 : 1)
                    valueText = try runtime.finalValueText(of: value, at: start)
                } catch {
                    var failure = scriptError(error)
                    failure.position = failure.position ?? finalSpot?.position
                    displayError = failure
                }
            }
            return CellResult(
                printed: runtime.output, valueText: valueText, error: displayError, duration: clock.now - start)
        }
        if let syntaxError = cell.syntaxErrors().first { return finish(error: syntaxError) }
        do {
            try check(cell)
        } catch {
            var failure = scriptError(error)
            if failure.kind == .runtime { failure.kind = .syntax }
            return finish(error: failure)
        }
        let compiled: CompiledCell
        do {
            compiled = try Compiler(runtime: runtime, cell: cell).compileCell()
            finalSpot = compiled.finalSpot
        } catch {
            var failure = scriptError(error)
            if failure.kind == .runtime { failure.kind = .syntax }
            return finish(error: failure)
        }
        let frame = Frame(runtime: runtime, slotCount: compiled.slotCount, captures: [])
        do {
            for statement in compiled.body {
                if case .returnValue = try statement(frame) { break }
            }
            return finish(value: try compiled.finalExpression?(frame))
        } catch {
            return finish(error: scriptError(error))
        }
    }

    private func scriptError(_ error: any Error) -> ScriptError {
        switch error {
        case let failure as RuntimeError:
            return ScriptError(
                kind: failure.isTimeout ? .timeout : .runtime, message: failure.message,
                position: failure.spot?.position, annotatedSource: nil)
        case let thrown as ThrownValue:
            let text = (try? runtime.text(of: thrown.value, style: .debug)) ?? "error"
            return ScriptError(
                kind: .runtime, message: "Error raised at top level: \(text)", position: thrown.spot?.position)
        case let failure as BindingError:
            return ScriptError(kind: .runtime, message: failure.message, position: nil)
        default:
            return ScriptError(kind: .runtime, message: String(describing: error), position: nil)
        }
    }
}

extension Value {
    var isVoid: Bool {
        if case .void = self { return true }
        return false
    }
}
