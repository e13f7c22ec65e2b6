var learningRate = 0.1
let steps = 2
learningRate *= steps
print(learningRate)
