enum DataError: Error { case missing }
func load(_ name: String) throws -> [Double] {
    if name.isEmpty { throw DataError.missing }
    return [1, 2]
}
do {
    let values = load("train")
    print(values)
} catch {
    print(error)
}
