struct Point {
    var x: Double
    var y: Double
}
var p = Point(x: 0, y: 0)
p.x = "far"
print(p)
