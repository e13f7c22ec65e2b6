import Foundation

/// One lesson's interpreter: cells run one after another in a shared environment, as one program.
///
/// Each cell runs on a thread with a large stack, under a recursion limit and a time limit; any error (syntax,
/// runtime, timeout) is reported in the cell's result, and the next cell runs normally.
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
        /// The deepest nesting of calls allowed before "too deep recursion".
        public var recursionLimit = 10_000
        /// The stack size of the thread that runs cells, in bytes.
        public var stackSize = 512 << 20

        /// The default limits: 300 s per cell, 10,000 nested calls, a 512 MiB stack.
        public init(timeLimit: Double = 300, recursionLimit: Int = 10_000, stackSize: Int = 512 << 20) {
            self.timeLimit = timeLimit
            self.recursionLimit = recursionLimit
            self.stackSize = stackSize
        }
    }

    /// The limits in force.
    public let options: Options
    private let runtime: Runtime
    private let prepareThread: () -> Void

    /// A session whose cells can use `bindings`' library. `prepareThread` runs on each cell's thread before the
    /// cell, so a library can install its per-lesson state there (the tensor library's generator, grad mode and
    /// print options are per thread, as in PyTorch).
    public init(
        bindings: BindingTable = BindingTable(), options: Options = Options(), prepareThread: @escaping () -> Void = {}
    ) {
        self.options = options
        self.runtime = Runtime(bindings: bindings, recursionLimit: options.recursionLimit)
        self.prepareThread = prepareThread
    }

    /// Runs one cell's source; `origin` places it in the lesson file for messages, `timeLimit` overrides the
    /// session's for this cell.
    public func run(_ source: String, origin: SourceOrigin, timeLimit: Double? = nil) -> CellResult {
        final class Outcome: @unchecked Sendable {
            var result: CellResult?
        }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread { [self] in
            prepareThread()
            outcome.result = runHere(source, origin: origin, timeLimit: timeLimit ?? options.timeLimit)
            done.signal()
        }
        thread.stackSize = options.stackSize
        thread.start()
        done.wait()
        return outcome.result ?? CellResult(printed: "", valueText: nil, value: nil, error: nil, duration: .zero)
    }

    /// The syntax errors of a cell, formatted as `swiftc` prints them, without running it.
    public static func diagnose(_ source: String, origin: SourceOrigin) -> [ScriptError] {
        CellSource(source: source, origin: origin).syntaxErrors()
    }

    /// Runs a cell on the calling thread.
    private func runHere(_ source: String, origin: SourceOrigin, timeLimit: Double) -> CellResult {
        let clock = ContinuousClock()
        let start = clock.now
        let cell = CellSource(source: source, origin: origin)
        runtime.startCell(timeLimit: timeLimit)
        func finish(value: Value? = nil, error: ScriptError? = nil) -> CellResult {
            if error != nil { runtime.undefineNames(declaredBy: cell) }
            var valueText: String?
            var displayError = error
            if let value, error == nil, !value.isVoid {
                do {
                    valueText = try runtime.text(of: value, style: .display)
                } catch {
                    displayError = scriptError(error)
                }
            }
            return CellResult(
                printed: runtime.output, valueText: valueText, value: value.flatMap { $0.isVoid ? nil : $0 },
                error: displayError, duration: clock.now - start)
        }
        if let syntaxError = cell.syntaxErrors().first { return finish(error: syntaxError) }
        let compiled: CompiledCell
        do {
            compiled = try Compiler(runtime: runtime, cell: cell).compileCell()
        } catch {
            var failure = scriptError(error)
            failure.kind = .syntax
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
            return ScriptError(kind: .runtime, message: "Error raised at top level: \(text)", position: nil)
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
