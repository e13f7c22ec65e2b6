func outer() -> Int {
    func inner() -> Int {
        return "one"
    }
    return inner()
}
print(outer())
