// Shapes: a base class whose computed properties subclasses override, used through the base type.
class Shape: CustomStringConvertible {
    var name: String { "shape" }
    var area: Double { 0 }
    var perimeter: Double { 0 }
    var description: String { "\(name) with area \(area)" }
    func scaled(by factor: Double) -> Shape { self }
}

class Rectangle: Shape {
    let width: Double
    let height: Double
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    override var name: String { "rectangle" }
    override var area: Double { width * height }
    override var perimeter: Double { 2 * (width + height) }
    override func scaled(by factor: Double) -> Shape {
        Rectangle(width: width * factor, height: height * factor)
    }
}

final class Square: Rectangle {
    init(side: Double) { super.init(width: side, height: side) }
    override var name: String { "square" }
    override func scaled(by factor: Double) -> Shape { Square(side: width * factor) }
}

class Circle: Shape {
    let radius: Double
    init(radius: Double) { self.radius = radius }
    override var name: String { "circle" }
    override var area: Double { Double.pi * radius * radius }
    override var perimeter: Double { 2 * Double.pi * radius }
}

let shapes: [Shape] = [Rectangle(width: 2, height: 3), Square(side: 2), Circle(radius: 1)]
for shape in shapes {
    print(shape)
}
print(shapes.map { $0.perimeter })
let bigger = shapes.map { $0.scaled(by: 2) }
print(bigger.map { $0.name }, bigger.map { $0.area })
let largest = shapes.max { $0.area < $1.area }!
print("largest:", largest.name)
var counts = (rectangles: 0, squares: 0, circles: 0)
for shape in bigger {
    if shape is Square { counts.squares += 1 }
    if shape is Rectangle { counts.rectangles += 1 }
    if shape is Circle { counts.circles += 1 }
}
print(counts)
if let square = bigger[1] as? Square {
    print("square side", square.width)
}
let rectangle = bigger[0] as! Rectangle
print(rectangle.width, rectangle.height, (bigger[2] as? Rectangle) == nil)
print("\(shapes[1])", String(describing: shapes[2]))
