// A tiny network on plain arrays: layers as a class hierarchy with overridden forward passes, chained
// through dynamic dispatch, and parameter counting through class and instance members.
class Layer {
    class var kind: String { "layer" }
    var parameterCount: Int { 0 }
    func forward(_ input: [Double]) -> [Double] { input }
    func describe() -> String { "\(Self.kind)(\(parameterCount))" }
}

class Scale: Layer {
    var factor: Double
    init(_ factor: Double) { self.factor = factor }
    override class var kind: String { "scale" }
    override var parameterCount: Int { 1 }
    override func forward(_ input: [Double]) -> [Double] { input.map { $0 * factor } }
}

class Shift: Layer {
    var offsets: [Double]
    init(_ offsets: [Double]) { self.offsets = offsets }
    override class var kind: String { "shift" }
    override var parameterCount: Int { offsets.count }
    override func forward(_ input: [Double]) -> [Double] {
        zip(input, offsets).map { $0 + $1 }
    }
}

final class ReLU: Layer {
    override class var kind: String { "relu" }
    override func forward(_ input: [Double]) -> [Double] { input.map { max(0, $0) } }
}

final class Chain: Layer {
    let layers: [Layer]
    init(_ layers: Layer...) { self.layers = layers }
    override class var kind: String { "chain" }
    override var parameterCount: Int { layers.map { $0.parameterCount }.reduce(0, +) }
    override func forward(_ input: [Double]) -> [Double] {
        layers.reduce(input) { $1.forward($0) }
    }
    override func describe() -> String {
        super.describe() + " [" + layers.map { $0.describe() }.joined(separator: ", ") + "]"
    }
}

let model = Chain(Scale(2), Shift([-1, -2, -3]), ReLU(), Scale(0.5))
print(model.describe())
print(model.forward([1, 1, 1]))
print(model.forward([0.5, 2, 4]))
let inner = Chain(model, Shift([10, 10, 10]))
print(inner.parameterCount, inner.forward([3, 3, 3]))
if let scale = model.layers.first as? Scale {
    scale.factor = 4
}
print(model.forward([1, 1, 1]), inner.forward([1, 1, 1]))
let kinds = model.layers.map { type(of: $0).kind }
print(kinds)
