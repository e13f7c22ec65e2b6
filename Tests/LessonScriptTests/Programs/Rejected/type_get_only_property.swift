struct Square {
    var side = 2.0
    var area: Double { side * side }
}
var square = Square()
square.area = 9
print(square.side)
