// Errors travelling through calls: throwing functions calling throwing functions, rethrows, try? and try!,
// defer running on the way out, throwing initializers and methods.
enum LoadError: Error {
    case missing(String)
    case corrupt(line: Int)
}

var opened: [String] = []

func readLines(_ name: String) throws -> [String] {
    opened.append(name)
    defer { opened.removeLast() }
    switch name {
    case "train.csv": return ["1,2", "3,4", "5,6"]
    case "bad.csv": return ["1,2", "x"]
    default: throw LoadError.missing(name)
    }
}

func parse(_ line: String, number: Int) throws -> [Int] {
    let parts = line.split(separator: ",").compactMap { Int($0) }
    guard parts.count == 2 else { throw LoadError.corrupt(line: number) }
    return parts
}

func load(_ name: String) throws -> [[Int]] {
    print("loading", name)
    defer { print("finished", name) }
    return try readLines(name).enumerated().map { try parse($1, number: $0 + 1) }
}

for name in ["train.csv", "bad.csv", "test.csv"] {
    do {
        let rows = try load(name)
        print(rows)
    } catch LoadError.corrupt(let line) {
        print("corrupt at line", line)
    } catch {
        print("failed:", error)
    }
}
print(opened.isEmpty)

print((try? load("train.csv")) as Any)
print((try? load("none.csv")) == nil)
let rows = try! load("train.csv")
print(rows.count)

func applyAll(_ values: [Int], _ transform: (Int) throws -> Int) rethrows -> [Int] {
    var result: [Int] = []
    for value in values { result.append(try transform(value)) }
    return result
}
print(applyAll([1, 2, 3]) { $0 * 10 })
do {
    _ = try applyAll([1, -2, 3]) { value in
        if value < 0 { throw LoadError.corrupt(line: value) }
        return value
    }
} catch {
    print("rethrown:", error)
}

struct Config {
    let rate: Double
    init(text: String) throws {
        guard let rate = Double(text) else { throw LoadError.corrupt(line: 0) }
        self.rate = rate
    }
    func scaled(_ factor: Double) throws -> Double {
        if factor == 0 { throw LoadError.missing("factor") }
        return rate * factor
    }
}
print((try? Config(text: "0.5"))?.rate ?? -1, (try? Config(text: "fast"))?.rate ?? -1)
let config = try Config(text: "0.25")
print(try config.scaled(4), (try? config.scaled(0)) ?? -1)
