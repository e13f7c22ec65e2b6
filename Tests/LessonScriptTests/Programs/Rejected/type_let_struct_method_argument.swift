struct Point {
    var x = 0.0
    mutating func move(by step: Double) { x += step }
}
let p = Point()
p.move(by: 1)
print(p.x)
