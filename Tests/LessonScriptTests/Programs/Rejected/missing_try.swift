enum Failure: Error { case bad }
func load() throws -> Int { throw Failure.bad }
let value = load()
