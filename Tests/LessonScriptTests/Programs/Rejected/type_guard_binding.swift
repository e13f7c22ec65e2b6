func describe(_ size: Int) -> String {
    guard let value = size else { return "none" }
    return "\(value)"
}
print(describe(3))
