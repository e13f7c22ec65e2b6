/// The part of Swift's standard library that lessons use: free functions, initializers, and members of numbers,
/// strings and collections.
enum StandardLibrary {
    /// The free functions, by name.
    static let functions: [String: Function] = {
        var table: [String: Function] = [:]
        for (name, body) in outputFunctions + numericFunctions + sequenceFunctions + checkingFunctions {
            table[name] = Function(builtin: name, body)
        }
        return table
    }()

    typealias Body = (inout CallArguments, Runtime) throws -> Value
}

extension CallArguments {
    /// The unlabelled arguments' values.
    var unlabelled: [Value] {
        zip(values, labels).compactMap { $1 == nil ? $0 : nil }
    }

    /// The value labelled `label`, if the call has one.
    func labelled(_ label: String) -> Value? {
        labels.firstIndex(of: label).map { values[$0] }
    }

    /// The single argument of a one-argument call, whatever its label.
    func single(_ name: String) throws -> Value {
        guard values.count == 1 else {
            throw RuntimeError("'\(name)' takes 1 argument but \(values.count) were given")
        }
        return values[0]
    }

    /// The argument at `index`, or an error naming the function.
    func value(_ index: Int, of name: String) throws -> Value {
        guard index < values.count else { throw RuntimeError("missing argument #\(index + 1) in call to '\(name)'") }
        return values[index]
    }
}
