// A perceptron and a tiny two-layer network on plain Doubles: a protocol for activations, classes with
// weights updated by gradient descent, and deterministic training on the AND and XOR problems.
protocol Activation {
    func value(_ x: Double) -> Double
    func derivative(_ x: Double) -> Double
}

struct Step: Activation {
    func value(_ x: Double) -> Double { x >= 0 ? 1 : 0 }
    func derivative(_ x: Double) -> Double { 1 }
}

struct LeakyReLU: Activation {
    var slope = 0.1
    func value(_ x: Double) -> Double { x > 0 ? x : slope * x }
    func derivative(_ x: Double) -> Double { x > 0 ? 1 : slope }
}

final class Neuron {
    var weights: [Double]
    var bias: Double
    let activation: any Activation
    init(weights: [Double], bias: Double, activation: any Activation) {
        self.weights = weights
        self.bias = bias
        self.activation = activation
    }
    func preActivation(_ inputs: [Double]) -> Double {
        zip(weights, inputs).map { $0 * $1 }.reduce(bias, +)
    }
    func callAsFunction(_ inputs: [Double]) -> Double { activation.value(preActivation(inputs)) }
}

let andData: [([Double], Double)] = [([0, 0], 0), ([0, 1], 0), ([1, 0], 0), ([1, 1], 1)]
let perceptron = Neuron(weights: [0, 0], bias: 0, activation: Step())
for epoch in 1...10 {
    var errors = 0
    for (inputs, target) in andData {
        let error = target - perceptron(inputs)
        if error != 0 { errors += 1 }
        perceptron.weights = zip(perceptron.weights, inputs).map { $0 + 0.5 * error * $1 }
        perceptron.bias += 0.5 * error
    }
    if errors == 0 {
        print("converged after", epoch, "epochs:", perceptron.weights, perceptron.bias)
        break
    }
}
print(andData.map { perceptron($0.0) })

let hidden = [
    Neuron(weights: [0.5, -0.4], bias: 0.1, activation: LeakyReLU()),
    Neuron(weights: [-0.3, 0.6], bias: 0.0, activation: LeakyReLU()),
    Neuron(weights: [0.8, 0.7], bias: -0.5, activation: LeakyReLU()),
]
let output = Neuron(weights: [0.3, 0.5, -0.6], bias: 0.2, activation: LeakyReLU(slope: 1))
let xorData: [([Double], Double)] = [([0, 0], 0), ([0, 1], 1), ([1, 0], 1), ([1, 1], 0)]
let rate = 0.05
func loss() -> Double {
    xorData.map { inputs, target in
        let y = output(hidden.map { $0(inputs) })
        return (y - target) * (y - target)
    }.reduce(0, +) / Double(xorData.count)
}
print("initial loss", loss())
for _ in 0..<200 {
    for (inputs, target) in xorData {
        let hiddenOut = hidden.map { $0(inputs) }
        let y = output(hiddenOut)
        let gradOut = 2 * (y - target) * output.activation.derivative(output.preActivation(hiddenOut))
        for (index, neuron) in hidden.enumerated() {
            let gradHidden =
                gradOut * output.weights[index] * neuron.activation.derivative(neuron.preActivation(inputs))
            neuron.weights = zip(neuron.weights, inputs).map { $0 - rate * gradHidden * $1 }
            neuron.bias -= rate * gradHidden
        }
        output.weights = zip(output.weights, hiddenOut).map { $0 - rate * gradOut * $1 }
        output.bias -= rate * gradOut
    }
}
print("final loss", loss())
print(xorData.map { sample in (output(hidden.map { $0(sample.0) }) * 100).rounded() / 100 })
