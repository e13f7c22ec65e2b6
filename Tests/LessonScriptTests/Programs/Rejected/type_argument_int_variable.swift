func scale(_ x: Double) -> Double { x * 0.5 }
let n = 2
print(scale(n))
