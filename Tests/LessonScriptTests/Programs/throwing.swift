// Errors: throwing functions and initializers, do/catch with patterns, try?, try!, rethrowing closures.
enum ValidationError: Error {
    case empty
    case tooLong(length: Int)
    case invalid(String)
}

struct ParseFailure: Error, CustomStringConvertible {
    let line: Int
    var description: String { "parse failure on line \(line)" }
}

func validate(_ name: String) throws -> String {
    if name.isEmpty { throw ValidationError.empty }
    if name.count > 5 { throw ValidationError.tooLong(length: name.count) }
    if name.contains(" ") { throw ValidationError.invalid(name) }
    return name.uppercased()
}

for name in ["ada", "", "grace hopper", "a b", "alan"] {
    do {
        let valid = try validate(name)
        print("valid:", valid)
    } catch ValidationError.empty {
        print("empty name")
    } catch ValidationError.tooLong(let length) where length > 10 {
        print("much too long:", length)
    } catch let error as ValidationError {
        print("other validation error:", error)
    } catch {
        print("unexpected:", error)
    }
}

print(try? validate("bob") ?? "none", (try? validate("")) == nil)
print(try! validate("eve"))

func parse(_ lines: [String]) throws -> [Int] {
    var result: [Int] = []
    for (index, line) in lines.enumerated() {
        guard let value = Int(line) else { throw ParseFailure(line: index + 1) }
        result.append(value)
    }
    return result
}
do {
    print(try parse(["1", "2"]))
    print(try parse(["1", "x"]))
} catch let failure as ParseFailure {
    print(failure, failure.line)
} catch {
    print("other")
}

do {
    _ = try parse(["?"])
} catch is ParseFailure {
    print("a parse failure")
} catch {
    print("something else")
}

struct Reading {
    let value: Double
    init(_ text: String) throws {
        guard let value = Double(text) else { throw ValidationError.invalid(text) }
        self.value = value
    }
}
let readings = ["1.5", "oops", "2"].compactMap { try? Reading($0) }
print(readings.map { $0.value })

func measure(_ body: () throws -> Int) rethrows -> Int {
    try body() * 2
}
print(measure { 21 })
do {
    _ = try measure { throw ValidationError.empty }
} catch {
    print("caught", error)
}

func cleanup() -> [String] {
    var log: [String] = []
    do {
        defer { log.append("deferred") }
        log.append("body")
        throw ValidationError.empty
    } catch {
        log.append("caught")
    }
    return log
}
print(cleanup())
