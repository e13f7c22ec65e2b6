func check(_ value: Double) -> String {
    guard value else { return "no" }
    return "yes"
}
print(check(1))
