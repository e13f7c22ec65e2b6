final struct Point {
    var x = 0
}
