// A small training framework with classes: layers, an optimizer hierarchy and callbacks.
class Layer: CustomStringConvertible {
    var name: String
    private(set) var calls = 0
    init(name: String) { self.name = name }
    func forward(_ x: [Double]) -> [Double] {
        calls += 1
        return x
    }
    var description: String { "\(name)()" }
    class var kind: String { "layer" }
}

final class Scale: Layer {
    let factor: Double
    init(factor: Double) {
        self.factor = factor
        super.init(name: "Scale")
    }
    override func forward(_ x: [Double]) -> [Double] {
        let y = super.forward(x)
        return y.map { $0 * factor }
    }
    override var description: String { "Scale(factor=\(factor))" }
    override class var kind: String { "scaling " + super.kind }
}

class Shift: Layer {
    var amount: Double
    init(_ amount: Double) {
        self.amount = amount
        super.init(name: "Shift")
    }
    override func forward(_ x: [Double]) -> [Double] {
        _ = super.forward(x)
        return x.map { $0 + amount }
    }
}

class ReLU: Layer {
    init() { super.init(name: "ReLU") }
    override func forward(_ x: [Double]) -> [Double] {
        _ = super.forward(x)
        return x.map { max($0, 0) }
    }
}

let layers: [Layer] = [Scale(factor: 2), Shift(-3), ReLU(), Scale(factor: 0.5)]
var x = [1.0, 2.0, 3.0]
for layer in layers {
    x = layer.forward(x)
    print(layer, "->", x)
}
print(layers)
for layer in layers {
    if let scale = layer as? Scale {
        print("scale by", scale.factor, type(of: scale).kind)
    } else if layer is ReLU {
        print("an activation")
    } else {
        print("other:", (layer as! Shift).amount, Shift.kind)
    }
}
let total = layers.reduce(0) { $0 + $1.calls }
print("calls:", total, layers.map(\.calls))
let scales = layers.compactMap { $0 as? Scale }
print(scales.count, scales.map { $0.factor })
print(type(of: layers[1]), layers.filter { $0 is Shift }.count)
