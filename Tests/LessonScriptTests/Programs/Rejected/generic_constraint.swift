struct Point {
    var x = 0
}
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([Point(), Point()]) as Any)
