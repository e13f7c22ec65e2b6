struct Point {
    var x: Int
    init(x: Int) {
        self.x = x
        return 3
    }
}
