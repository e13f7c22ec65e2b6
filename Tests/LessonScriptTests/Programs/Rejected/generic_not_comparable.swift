struct Point {
    var x: Int
    var y: Int
}
func largest<T: Comparable>(_ xs: [T]) -> T? {
    xs.max()
}
let points = [Point(x: 1, y: 2), Point(x: 0, y: 5)]
print(largest(points) as Any)
