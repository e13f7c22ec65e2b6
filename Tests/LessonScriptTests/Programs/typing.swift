// Values stored into variables of a declared type take that type, as Swift's contextual typing gives them.
var best: Double? = nil
print(best as Any)
best = 3
print(best as Any)
best = nil
print(best as Any)
var scale: Double = 2
scale = 5
print(scale, scale / 2)
var weights: [Double] = []
weights = [1, 2, 3]
print(weights)
var counts: [Int: Double] = [:]
counts = [1: 2]
print(counts)
var pair: (Double, Int) = (0, 0)
pair = (1, 2)
print(pair)
var maybeCount: Int? = nil
maybeCount = 4
print(maybeCount as Any)
func halve(_ value: Int) -> Double {
    var result: Double = 0
    result = 1
    return result * Double(value) / 2
}
print(halve(7))
