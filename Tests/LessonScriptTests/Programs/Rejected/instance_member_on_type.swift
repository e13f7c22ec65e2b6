struct Point {
    var x = 0
    func length() -> Int { x }
}
print(Point.x)
