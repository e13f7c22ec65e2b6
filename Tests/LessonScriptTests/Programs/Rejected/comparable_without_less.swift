struct Version: Comparable {
    var major: Int
}
