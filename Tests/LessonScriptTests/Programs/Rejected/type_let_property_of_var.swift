struct Point {
    var x: Int
    let y: Int
}
var p = Point(x: 1, y: 2)
p.y = 3
print(p)
