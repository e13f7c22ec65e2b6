class Model {
    var weights: [Double] = [0, 0]
}
let model = Model()
model.weights[0] = 1
model = Model()
print(model.weights)
