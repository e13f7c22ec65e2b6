struct Point {
    var x = 0
}
let point = Point()
point.x = 1
