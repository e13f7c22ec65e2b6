func find() -> Int {
    return nil
}
print(find())
