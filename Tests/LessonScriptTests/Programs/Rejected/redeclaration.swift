let learningRate = 0.1
var epochs = 3
let learningRate = 0.01
print(learningRate, epochs)
