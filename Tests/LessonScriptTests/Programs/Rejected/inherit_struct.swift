struct Point {
    var x = 0
}
class Point3D: Point {}
