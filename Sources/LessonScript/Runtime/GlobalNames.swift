/// A global name as compiled code sees it: resolved on first use, then cached (a global variable's index, or
/// the constant value of a library or standard-library name).
final class GlobalName {
    enum Resolution {
        case variable(Int)
        case constant(Value)
    }

    let name: String
    var resolution: Resolution?

    init(_ name: String) {
        self.name = name
    }

    /// The name's current value.
    @inline(__always)
    func value(in runtime: Runtime) throws -> Value {
        switch resolution {
        case .variable(let index):
            let variable = runtime.globals[index]
            if variable.isUndefined { throw RuntimeError(failedCellMessage(name)) }
            return variable.value
        case .constant(let value): return value
        case nil:
            guard let resolved = runtime.resolveGlobal(name) else {
                throw RuntimeError(runtime.undefinedNameMessage(name))
            }
            resolution = resolved
            return try value(in: runtime)
        }
    }

    /// The global variable the name refers to, if it is one.
    func variable(in runtime: Runtime) throws -> Variable? {
        if case nil = resolution { _ = try value(in: runtime) }
        if case .variable(let index) = resolution {
            let variable = runtime.globals[index]
            if variable.isUndefined { throw RuntimeError(failedCellMessage(name)) }
            return variable
        }
        return nil
    }
}

/// The error for a name whose declaring cell failed.
func failedCellMessage(_ name: String) -> String {
    "cannot find '\(name)' in scope: the cell that declares it failed"
}

extension Runtime {
    /// Looks a global name up: the lesson's globals, then the binding table, then the standard library.
    func resolveGlobal(_ name: String) -> GlobalName.Resolution? {
        if let index = globals.index(of: name) { return .variable(index) }
        if let overloads = bindings.functions[name] {
            return .constant(.function(libraryFunction(name, overloads)))
        }
        if let constant = bindings.constants[name] { return .constant(constant) }
        if let type = bindings.typesByName[name] { return .constant(.type(.native(type))) }
        if let builtin = BuiltinType(rawValue: name) { return .constant(.type(.builtin(builtin))) }
        if let function = StandardLibrary.functions[name] { return .constant(.function(function)) }
        return nil
    }

    /// A function value trying the library's overloads, then the standard library's function of the same name.
    private func libraryFunction(_ name: String, _ overloads: [FunctionBinding]) -> Function {
        let fallback = StandardLibrary.functions[name]
        return Function(builtin: name) { arguments, runtime in
            var failure: RuntimeError?
            if let result = try overloads.invoke(arguments, runtime: runtime, failure: &failure) {
                return result
            }
            if let fallback { return try runtime.call(.function(fallback), &arguments) }
            throw failure ?? RuntimeError("no overload of '\(name)' matches this call")
        }
    }

    /// `cannot find 'x' in scope`, with a suggestion when a known name is close.
    func undefinedNameMessage(_ name: String, extraNames: [String] = []) -> String {
        let candidates =
            Array(globals.names) + Array(bindings.functions.keys) + Array(bindings.typesByName.keys)
            + Array(StandardLibrary.functions.keys) + BuiltinType.allCases.map(\.rawValue) + extraNames
        let message = "cannot find '\(name)' in scope"
        guard let suggestion = closestName(to: name, among: candidates) else { return message }
        return message + "; did you mean '\(suggestion)'?"
    }
}

/// The candidate closest to `name` by edit distance, if it is close enough to be a likely typo; among equally
/// close ones, the first in alphabetical order, so that the suggestion is the same on every run.
func closestName(to name: String, among candidates: [String]) -> String? {
    let target = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in Set(candidates) where candidate != name {
        let distance = editDistance(target, Array(candidate.lowercased()))
        guard distance <= max(1, target.count / 3) else { continue }
        if let current = best, (current.distance, current.name) <= (distance, candidate) { continue }
        best = (candidate, distance)
    }
    return best?.name
}

private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
