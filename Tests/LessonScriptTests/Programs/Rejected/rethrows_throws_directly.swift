enum Failure: Error { case bad }
func apply(_ f: (Int) throws -> Int) rethrows -> Int {
    let value = try f(1)
    if value < 0 { throw Failure.bad }
    return value
}
print(apply { $0 + 1 })
