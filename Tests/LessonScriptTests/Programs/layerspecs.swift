// Layer specifications as enums with associated values, raw values and indirect cases.
enum Activation: String, CaseIterable {
    case relu, sigmoid, tanh = "tanh_"
}

enum LayerSpec: CustomStringConvertible {
    case linear(inputs: Int, outputs: Int)
    case activation(Activation)
    case dropout(Double)
    indirect case repeated(LayerSpec, times: Int)

    var parameterCount: Int {
        switch self {
        case let .linear(inputs, outputs): return inputs * outputs + outputs
        case .activation, .dropout: return 0
        case .repeated(let spec, let times): return spec.parameterCount * times
        }
    }

    var description: String {
        switch self {
        case .linear(let i, let o): return "Linear(\(i), \(o))"
        case .activation(let a): return a.rawValue
        case .dropout(let p) where p == 0: return "NoDropout"
        case .dropout(let p): return "Dropout(p=\(p))"
        case let .repeated(spec, times): return "\(times)x[\(spec)]"
        }
    }
}

let model: [LayerSpec] = [
    .linear(inputs: 784, outputs: 30), .activation(.relu), .dropout(0.25),
    .repeated(.linear(inputs: 30, outputs: 30), times: 2), .dropout(0), .linear(inputs: 30, outputs: 10),
]
print(model)
print("parameters:", model.map(\.parameterCount).reduce(0, +))
for case .linear(let i, let o) in model where i > 100 {
    print("big layer", i, o)
}
for case let .dropout(p) in model {
    print("dropout", p)
}
if case .activation(let a) = model[1], a == .relu {
    print("relu second")
}
let names = Activation.allCases.map { $0.rawValue }
print(names, Activation(rawValue: "sigmoid") ?? .relu, Activation(rawValue: "gelu") == nil)
let kinds = model.map { spec -> String in
    switch spec {
    case .linear: return "L"
    case .activation(.relu): return "R"
    case .activation: return "A"
    case .dropout(0.0..<0.5): return "d"
    case .dropout: return "D"
    case .repeated(_, times: let n) where n > 1: return "N"
    case .repeated: return "1"
    }
}
print(kinds.joined())
