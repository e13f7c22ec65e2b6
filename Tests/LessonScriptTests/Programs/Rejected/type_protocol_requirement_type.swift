protocol Shape {
    var area: Double { get }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
}
func describe(_ shape: any Shape) -> Int { shape.area }
print(describe(Square(side: 2)))
