// Set algebra on students and courses: union, intersection, subtracting, symmetricDifference, subset and
// disjoint tests, insert/remove results, and the mutating forms.
let math: Set = ["ana", "ben", "cy", "dee"]
let physics: Set = ["ben", "dee", "eve"]
let art: Set<String> = ["fay", "gus"]

print(math.union(physics).sorted())
print(math.intersection(physics).sorted())
print(math.subtracting(physics).sorted(), physics.subtracting(math).sorted())
print(math.symmetricDifference(physics).sorted())
print(math.isDisjoint(with: art), math.isDisjoint(with: physics))
print(Set(["ben", "dee"]).isSubset(of: physics), physics.isSuperset(of: ["eve"]), math.isSubset(of: math))
print(math.count, math.union(art).union(physics).count)

var enrolled = math
let (inserted, member) = enrolled.insert("zed")
print(inserted, member, enrolled.insert("ana").inserted)
print(enrolled.remove("cy") ?? "none", enrolled.remove("nobody") ?? "none", enrolled.count)
enrolled.formUnion(art)
print(enrolled.sorted())
enrolled.formIntersection(["ana", "fay", "hal"])
print(enrolled.sorted())
enrolled.subtract(["fay"])
print(enrolled, enrolled.isEmpty)

let numbers = Set(1...10)
let evens = Set(stride(from: 2, through: 10, by: 2))
let primes: Set = [2, 3, 5, 7]
print(numbers.subtracting(evens).subtracting(primes).sorted())
print(evens.intersection(primes), primes.filter { $0 > 3 }.sorted(), primes.map { $0 * $0 }.sorted())
print(primes.min()!, primes.max()!, primes.reduce(0, +), primes.contains(4))
print(Set([3, 1, 3, 2]).sorted(), Set("mississippi").sorted(), Set<Int>().isEmpty)
let sharedLetters = Set("swift").intersection(Set("shift"))
print(sharedLetters.sorted(), String(sharedLetters.sorted()))
