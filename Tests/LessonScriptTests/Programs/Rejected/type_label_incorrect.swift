func accuracy(correct: Int, total: Int) -> Double { Double(correct) / Double(total) }
print(accuracy(right: 9, total: 10))
