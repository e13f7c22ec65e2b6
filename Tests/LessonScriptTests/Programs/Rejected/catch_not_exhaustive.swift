enum Failure: Error { case bad, worse }
func load() throws -> Int { 1 }
func total() -> Int {
    do {
        return try load()
    } catch Failure.bad {
        return 0
    }
}
