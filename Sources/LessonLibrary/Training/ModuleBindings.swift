import Learning
import LessonScript
import Tensors

/// `Linear`, `ReLU`, `Sigmoid`, `Sequential` and what every module offers: `parameters()`, being called as
/// `model(x)`, and PyTorch's description as its display.
func registerModules(in table: BindingTable) {
    let module = table.type(Module.self, name: "Module")
    module.method("parameters()") { module, _ in .array(module.parameters().map { .native($0) }) }
    module.method("callAsFunction(_:)") { module, call in .native(try module(call.value(0).asTensor())) }
    module.method("forward(_:)") { module, call in .native(try module.forward(call.value(0).asTensor())) }
    module.display { $0.description }

    let linear = table.type(Linear.self, name: "Linear", parent: Module.self)
    linear.initializer("init(_:_:bias?:)") { call in
        .native(try Linear(call.value(0).asInt(), call.value(1).asInt(), bias: call["bias"]?.asBool() ?? true))
    }
    linear.property("weight") { .native($0.weight) }
    linear.property("bias") { layer in .optional(layer.bias.map { .native($0) }) }
    linear.display { $0.description }

    let relu = table.type(ReLU.self, name: "ReLU", parent: Module.self)
    relu.initializer("init()") { _ in .native(ReLU()) }
    relu.display { $0.description }

    let sigmoid = table.type(Sigmoid.self, name: "Sigmoid", parent: Module.self)
    sigmoid.initializer("init()") { _ in .native(Sigmoid()) }
    sigmoid.display { $0.description }

    let sequential = table.type(Sequential.self, name: "Sequential", parent: Module.self)
    sequential.initializer("init(_...:)") { call in
        .native(Sequential(try call.value(0).asArray().map { try $0.asNative(Module.self) }))
    }
    sequential.subscripts(get: { model, indices in
        guard indices.count == 1, case .int(let index) = indices[0], model.layers.indices.contains(index) else {
            throw BindingError("index out of range for a Sequential of \(model.layers.count) layers")
        }
        return .native(model.layers[index])
    })
    sequential.display { $0.description }
}

/// `SGD(params, lr: 1.0)` with `step()`, `zeroGrad()` and its `lr`.
func registerOptimizers(in table: BindingTable) {
    let sgd = table.type(SGD.self, name: "SGD")
    sgd.initializer("init(_:lr:)") { call in
        .native(SGD(try call.value(0).asArray().map { try $0.asTensor() }, lr: try call.value(1).asDouble()))
    }
    sgd.method("step()") { optimizer, _ in
        try optimizer.step()
        return .void
    }
    sgd.method("zeroGrad()") { optimizer, _ in
        optimizer.zeroGrad()
        return .void
    }
    sgd.property("lr", get: { .double($0.lr) }, set: { optimizer, value in optimizer.lr = try value.asDouble() })
    sgd.property("params") { .array($0.parameters.map { .native($0) }) }
    sgd.display { "SGD(lr=\($0.lr))" }
}

/// The losses of `torch.nn.functional` in Swift spelling.
func registerLosses(in table: BindingTable) {
    table.function("l1Loss(_:_:)") { call in .native(try l1Loss(call.value(0).asTensor(), call.value(1).asTensor())) }
    table.function("mseLoss(_:_:)") { call in .native(try mseLoss(call.value(0).asTensor(), call.value(1).asTensor())) }
    table.function("crossEntropy(_:_:)") { call in
        .native(try crossEntropy(call.value(0).asTensor(), call.value(1).asTensor()))
    }
    table.function("softmax(_:dim:)") { call in .native(try call.value(0).asTensor().softmax(call.value(1).asInt())) }
    table.function("logSoftmax(_:dim:)") { call in
        .native(try call.value(0).asTensor().logSoftmax(call.value(1).asInt()))
    }
    let tensor = table.type(Tensor.self, name: "Tensor")
    tensor.method("softmax(_:)") { tensor, call in .native(try tensor.softmax(call.value(0).asInt())) }
    tensor.method("softmax(dim:)") { tensor, call in .native(try tensor.softmax(call.value(0).asInt())) }
    tensor.method("logSoftmax(_:)") { tensor, call in .native(try tensor.logSoftmax(call.value(0).asInt())) }
    tensor.method("logSoftmax(dim:)") { tensor, call in .native(try tensor.logSoftmax(call.value(0).asInt())) }
}
