// Patterns in switch: tuples with wildcards and ranges, value bindings, where clauses, several patterns per case,
// and switch as an expression.
func classify(_ point: (x: Int, y: Int)) -> String {
    switch point {
    case (0, 0): return "origin"
    case (_, 0): return "on the x axis"
    case (0, _): return "on the y axis"
    case (-2...2, -2...2): return "near the origin"
    case let (x, y) where x == y: return "on the diagonal at \(x)"
    case let (x, y) where x == -y: return "on the anti-diagonal"
    case (let x, _) where x > 0: return "right half"
    default: return "left half"
    }
}

for point in [(0, 0), (3, 0), (0, -1), (1, 2), (5, 5), (4, -4), (9, 1), (-7, 3)] {
    print(point, classify((x: point.0, y: point.1)))
}

func fizzbuzz(_ n: Int) -> String {
    switch (n % 3, n % 5) {
    case (0, 0): return "FizzBuzz"
    case (0, _): return "Fizz"
    case (_, 0): return "Buzz"
    default: return String(n)
    }
}
print((1...15).map(fizzbuzz).joined(separator: " "))

func describe(_ value: (String, Int?)) -> String {
    switch value {
    case ("admin", _): return "administrator"
    case (let name, nil): return "\(name) without age"
    case (let name, let age?) where age < 18: return "\(name) (minor)"
    case (let name, .some(let age)): return "\(name), \(age)"
    }
}
print(describe(("admin", 40)), describe(("ann", nil)), describe(("bo", 12)), describe(("cy", 30)))

let grade = 83
let letter =
    switch grade {
    case 90...100: "A"
    case 80..<90: "B"
    case 70..<80: "C"
    default: "F"
    }
print(letter)

let character: Character = "e"
switch character {
case "a", "e", "i", "o", "u":
    print("vowel")
case "a"..."z":
    print("consonant")
default:
    print("other")
}

let size = (width: 28, height: 28, channels: 1)
switch size {
case (28, 28, 1): print("MNIST-sized")
case (let w, let h, 3) where w == h: print("square colour image \(w)")
default: print("something else")
}
