struct Point {
    var x: Int
    var y: Int
}
let p = Point(x: 1.5, y: 2)
print(p)
