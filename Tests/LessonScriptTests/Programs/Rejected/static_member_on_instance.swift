struct Point {
    static let origin = Point()
    var x = 0
}
let p = Point()
print(p.origin)
