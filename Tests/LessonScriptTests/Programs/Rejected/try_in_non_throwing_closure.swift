enum LoadError: Error { case missing }
func load(_ name: String) throws -> Int {
    if name.isEmpty { throw LoadError.missing }
    return name.count
}
let sizes = ["a", "bb"].map { load($0) }
print(sizes)
