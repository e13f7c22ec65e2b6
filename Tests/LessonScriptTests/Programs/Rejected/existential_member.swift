protocol Shape {
    var area: Double { get }
}
struct Circle: Shape {
    var radius: Double
    var area: Double { 3.14 * radius * radius }
}
let shapes: [any Shape] = [Circle(radius: 1)]
for s in shapes {
    print(s.radius)
}
