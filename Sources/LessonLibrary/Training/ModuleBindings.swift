import Learning
import LessonScript
import Tensors

/// What every module offers (`parameters()`, `children()`, `train()`, `eval()`, `training`, `model[0]`, optional
/// `weight` and `bias`, being called as `model(x)`, PyTorch's description as its display), `Parameter(t)`, and
/// the layers without convolutions: `Linear`, `ReLU`, `Sigmoid`, `Flatten`, `Sequential`.
func registerModules(in table: BindingTable) {
    let module = table.type(Module.self, name: "Module")
    module.method("parameters()") { module, _ in .array(module.parameters().map { .native($0) }) }
    module.method("buffers()") { module, _ in .array(module.buffers().map { .native($0) }) }
    module.method("namedParameters()") { module, _ in namedTensors(module.namedParameters()) }
    module.method("namedBuffers()") { module, _ in namedTensors(module.namedBuffers()) }
    module.method("children()") { module, _ in .array(module.children().map { .native($0) }) }
    module.method("modules()") { module, _ in .array(module.modules().map { .native($0) }) }
    module.method("train(_?:)") { module, call in .native(module.train(try call[0]?.asBool() ?? true)) }
    module.method("eval()") { module, _ in .native(module.eval()) }
    module.property("training") { .bool($0.training) }
    // Layers with weights register their own; every other module has none, so `model[0].weight` reads as Swift.
    module.property("weight") { _ in .optional(nil) }
    module.property("bias") { _ in .optional(nil) }
    module.method("callAsFunction(_:)") { module, call in .native(try module(call.value(0).asTensor())) }
    module.method("forward(_:)") { module, call in .native(try module.forward(call.value(0).asTensor())) }
    module.subscripts(get: { module, indices in .native(try child(of: module, at: indices)) })
    module.display { $0.description }

    table.function("Parameter(_:requiresGrad?:)") { call in
        .native(try call.value(0).asTensor().asParameter(requiresGrad: call["requiresGrad"]?.asBool() ?? true))
    }

    let linear = table.type(Linear.self, name: "Linear", parent: Module.self)
    linear.initializer("init(_:_:bias?:)") { call in
        .native(try Linear(call.value(0).asInt(), call.value(1).asInt(), bias: call["bias"]?.asBool() ?? true))
    }
    linear.property("weight") { .native($0.weight) }
    linear.property("bias") { layer in .optional(layer.bias.map { .native($0) }) }

    let relu = table.type(ReLU.self, name: "ReLU", parent: Module.self)
    relu.initializer("init()") { _ in .native(ReLU()) }

    let sigmoid = table.type(Sigmoid.self, name: "Sigmoid", parent: Module.self)
    sigmoid.initializer("init()") { _ in .native(Sigmoid()) }

    let flatten = table.type(Flatten.self, name: "Flatten", parent: Module.self)
    flatten.initializer("init(startDim?:endDim?:)") { call in
        .native(Flatten(startDim: try call["startDim"]?.asInt() ?? 1, endDim: try call["endDim"]?.asInt() ?? -1))
    }

    let sequential = table.type(Sequential.self, name: "Sequential", parent: Module.self)
    sequential.initializer("init(_...:)") { call in
        // `Sequential(a, b, c)` or `Sequential(layers)` with an array of modules.
        var items = try call.value(0).asArray()
        if items.count == 1, case .array(let layers) = items[0] { items = layers }
        return .native(Sequential(try items.map { try $0.asNative(Module.self) }))
    }
}

/// `(name, tensor)` pairs as an array of tuples, as PyTorch's `named_parameters()` yields them.
private func namedTensors(_ pairs: [(name: String, tensor: Tensor)]) -> Value {
    .array(pairs.map { .tuple(TupleValue([.string($0.name), .native($0.tensor)])) })
}

/// `model[i]`: the child at position `i` (negative counts from the end), with PyTorch's error outside.
private func child(of module: Module, at indices: [Value]) throws -> Module {
    let children = module.namedChildren.map(\.module)
    guard indices.count == 1, case .int(let index) = indices[0] else {
        throw BindingError("a module is indexed by one integer: model[0]")
    }
    guard index >= -children.count && index < children.count else {
        throw BindingError("index \(index) is out of range")
    }
    return children[index < 0 ? index + children.count : index]
}

/// `Optimizer`, the class every optimizer is (`step()`, `zeroGrad()`, `params`, `lr`, `mom`, `wd`), fast.ai's
/// `SGD(params, lr: 1.0, mom: 0.9, wd: 0.01)` and its `Adam(params, lr: 1e-3)` (the learner's default).
func registerOptimizers(in table: BindingTable) {
    let optimizer = table.type(Optimizer.self, name: "Optimizer")
    optimizer.method("step()") { optimizer, _ in
        try optimizer.step()
        return .void
    }
    optimizer.method("zeroGrad()") { optimizer, _ in
        try optimizer.zeroGrad()
        return .void
    }
    optimizer.property("lr", get: { .double($0.lr) }, set: { optimizer, value in optimizer.lr = try value.asDouble() })
    optimizer.property(
        "mom", get: { .double($0.mom) }, set: { optimizer, value in optimizer.mom = try value.asDouble() })
    optimizer.property("wd", get: { .double($0.wd) }, set: { optimizer, value in optimizer.wd = try value.asDouble() })
    optimizer.property(
        "params", get: { .array($0.params.map { .native($0) }) },
        set: { optimizer, value in optimizer.params = try value.asArray().map { try $0.asTensor() } })
    optimizer.display { "\(className(of: $0))(lr=\($0.lr))" }

    let sgd = table.type(SGD.self, name: "SGD", parent: Optimizer.self)
    sgd.initializer("init(_:lr:mom?:wd?:)") { call in
        .native(
            SGD(
                try call.value(0).asArray().map { try $0.asTensor() }, lr: try call.value(1).asDouble(),
                mom: try call["mom"]?.asDouble() ?? 0, wd: try call["wd"]?.asDouble() ?? 0))
    }

    let adam = table.type(Adam.self, name: "Adam", parent: Optimizer.self)
    adam.initializer("init(_:lr:mom?:sqrMom?:eps?:wd?:)") { call in
        .native(
            Adam(
                try call.value(0).asArray().map { try $0.asTensor() }, lr: try call.value(1).asDouble(),
                mom: try call["mom"]?.asDouble() ?? 0.9, sqrMom: try call["sqrMom"]?.asDouble() ?? 0.99,
                eps: try call["eps"]?.asDouble() ?? 1e-5, wd: try call["wd"]?.asDouble() ?? 0.01))
    }
    adam.property("sqrMom", get: { .double($0.sqrMom) }, set: { adam, value in adam.sqrMom = try value.asDouble() })
    adam.property("eps", get: { .double($0.eps) }, set: { adam, value in adam.eps = try value.asDouble() })
}
