struct Grid {
    var cells = [0, 0, 0, 0]
    subscript(i: Int, j: Int) -> Int {
        cells[i * 2 + j]
    }
}
var g = Grid()
g[0, 1] = 5
print(g.cells)
