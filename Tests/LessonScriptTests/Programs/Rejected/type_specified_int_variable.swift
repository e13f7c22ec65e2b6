let count = 3
let mean: Double = count
print(mean)
