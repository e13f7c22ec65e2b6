struct Point {
    var x: Int
    convenience init() { self.init(x: 0) }
}
