func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
let count = 3
print(mean([1, 2]) * count)
