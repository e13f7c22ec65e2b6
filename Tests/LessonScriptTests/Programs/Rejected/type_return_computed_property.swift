struct Square {
    var side: Int
    var area: Int { Double(side * side) }
}
print(Square(side: 3).area)
