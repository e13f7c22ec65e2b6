let n = 4
let half: Double = n * 2
print(half)
