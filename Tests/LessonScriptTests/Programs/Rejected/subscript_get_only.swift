struct Grid {
    var cells = [0, 0]
    subscript(index: Int) -> Int { cells[index] }
}
var grid = Grid()
grid[0] = 1
