enum Direction {
    case north, south
    var turns = 0
}
