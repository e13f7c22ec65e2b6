func load() -> Int {
    defer {
        return
    }
    return 1
}
print(load())
