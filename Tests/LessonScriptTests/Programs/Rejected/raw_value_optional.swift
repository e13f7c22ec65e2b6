enum Activation: String {
    case relu, sigmoid
}
let name = "relu"
let activation: Activation = Activation(rawValue: name)
print(activation)
