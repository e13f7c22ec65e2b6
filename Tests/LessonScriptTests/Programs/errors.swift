enum ValidationError: Error {
    case tooSmall
    case tooLarge(Int)
}
func validate(_ value: Int) throws -> Int {
    if value < 0 { throw ValidationError.tooSmall }
    if value > 10 { throw ValidationError.tooLarge(value) }
    return value
}
do {
    print(try validate(5))
    print(try validate(50))
} catch ValidationError.tooLarge(let value) {
    print("too large:", value)
} catch {
    print("other")
}
do {
    _ = try validate(-1)
} catch {
    print("caught", error)
}
print((try? validate(3)) ?? -1, (try? validate(-3)) ?? -1)
