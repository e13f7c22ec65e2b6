// Error types: structs and classes conforming to Error, errors as values (stored, compared, passed around), a
// Result-like enum of our own, and converting errors into optionals and defaults.
struct ValidationError: Error, CustomStringConvertible {
    let field: String
    let reason: String
    var description: String { "\(field): \(reason)" }
}

enum NetworkError: Error, Equatable {
    case timeout(seconds: Int)
    case status(Int)
    case offline
}

class AppError: Error {
    let code: Int
    init(code: Int) { self.code = code }
}

final class FatalAppError: AppError {}

enum Outcome<Value> {
    case success(Value)
    case failure(Error)

    init(_ body: () throws -> Value) {
        do {
            self = .success(try body())
        } catch {
            self = .failure(error)
        }
    }

    var value: Value? {
        if case .success(let value) = self { return value }
        return nil
    }
}

func validate(name: String, age: Int) throws -> String {
    if name.isEmpty { throw ValidationError(field: "name", reason: "empty") }
    if age < 0 { throw ValidationError(field: "age", reason: "negative (\(age))") }
    return "\(name), \(age)"
}

func fetch(_ attempt: Int) throws -> String {
    switch attempt {
    case 0: throw NetworkError.offline
    case 1: throw NetworkError.timeout(seconds: 30)
    case 2: throw NetworkError.status(503)
    case 3: throw FatalAppError(code: 99)
    default: return "data"
    }
}

let outcomes = [Outcome { try validate(name: "ada", age: 36) }, Outcome { try validate(name: "", age: 1) }]
for outcome in outcomes {
    switch outcome {
    case .success(let text): print("ok:", text)
    case .failure(let error): print("failed:", error)
    }
}
print(outcomes.compactMap { $0.value })

var errors: [Error] = []
for attempt in 0...4 {
    do {
        print(try fetch(attempt))
    } catch let error as NetworkError where error == .offline {
        print("offline, will retry")
        errors.append(error)
    } catch let error as NetworkError {
        print("network:", error)
        errors.append(error)
    } catch let error as AppError {
        print("app error", error.code, error is FatalAppError)
        errors.append(error)
    }
}
print(errors.count, errors.filter { $0 is NetworkError }.count)
print((errors[1] as? NetworkError) == .timeout(seconds: 30), errors[2] as? NetworkError ?? .offline)
do {
    _ = try validate(name: "x", age: -3)
} catch let error as ValidationError {
    print(error.field, error.reason, "\(error)")
}
