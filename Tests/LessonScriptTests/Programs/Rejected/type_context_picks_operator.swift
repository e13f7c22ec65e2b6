let epochs = 3
let learningRate = 0.5
let steps: Double = epochs * learningRate
print(steps)
