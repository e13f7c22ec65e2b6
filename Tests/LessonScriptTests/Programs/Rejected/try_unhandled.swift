enum Failure: Error { case bad }
func load() throws -> Int { 1 }
func total() -> Int {
    let value = try load()
    return value
}
