struct Point {
    var x = 0
    override func describe() -> String { "point" }
}
