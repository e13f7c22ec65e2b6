// Hashable and Comparable structs in sets, dictionaries and sorting.
import Foundation

struct Point: Hashable, Comparable, CustomStringConvertible {
    var x: Int
    var y: Int
    static func < (a: Point, b: Point) -> Bool {
        (a.x, a.y) < (b.x, b.y)
    }
    var description: String { "(\(x), \(y))" }
    var length: Double { Double(x * x + y * y).squareRoot() }
}

enum Label: Int, Comparable {
    case cat = 0, dog, bird
    static func < (a: Label, b: Label) -> Bool { a.rawValue < b.rawValue }
}

let points = [Point(x: 3, y: 4), Point(x: 1, y: 1), Point(x: 3, y: 4), Point(x: 0, y: 2)]
let unique = Set(points)
print(unique.count, unique.contains(Point(x: 1, y: 1)))
print(points.sorted(), points.max()!, points.min() ?? Point(x: 0, y: 0))
print(points.sorted(by: >).first!, points.sorted { $0.length < $1.length }.map(\.description))
var visits: [Point: Int] = [:]
for p in points { visits[p, default: 0] += 1 }
for p in visits.keys.sorted() { print(p, visits[p]!) }
let labels: [Label] = [.bird, .cat, .dog, .cat]
print(labels.sorted().map { $0.rawValue }, labels.max()!, Set(labels).count)
let counts = labels.reduce(into: [Label: Int]()) { $0[$1, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" })
print(Point(x: 1, y: 2) == Point(x: 1, y: 2), Point(x: 1, y: 2) != Point(x: 2, y: 1), Label.cat < .dog)
let a: Set = [1, 2, 3, 4]
let b: Set = [3, 4, 5]
print(a.union(b).sorted(), a.intersection(b).sorted(), a.subtracting(b).sorted(), a.isSubset(of: b))
var seen = Set<Point>()
let firstTime = points.filter { seen.insert($0).inserted }
print(firstTime)
