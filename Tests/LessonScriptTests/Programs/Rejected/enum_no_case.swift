enum Direction {
    case north, south
}
let heading = Direction.east
