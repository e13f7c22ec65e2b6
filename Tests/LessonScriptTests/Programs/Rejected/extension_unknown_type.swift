extension Pointt {
    func describe() -> String { "point" }
}
