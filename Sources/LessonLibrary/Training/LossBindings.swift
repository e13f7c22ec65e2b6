import Learning
import LessonScript
import Tensors

/// The losses of `torch.nn.functional` in Swift spelling (`crossEntropy(logits, targets)`,
/// `nllLoss(logp, targets, reduction: "none")`), softmax and its logarithm, and fast.ai's `accuracy` metric.
func registerLosses(in table: BindingTable) {
    table.function("l1Loss(_:_:)") { call in .native(try l1Loss(call.value(0).asTensor(), call.value(1).asTensor())) }
    table.function("mseLoss(_:_:)") { call in .native(try mseLoss(call.value(0).asTensor(), call.value(1).asTensor())) }
    table.function("crossEntropy(_:_:ignoreIndex?:reduction?:)") { call in
        .native(
            try crossEntropy(
                call.value(0).asTensor(), call.value(1).asTensor(), ignoreIndex: call["ignoreIndex"]?.asInt() ?? -100,
                reduction: reduction(call)))
    }
    table.function("nllLoss(_:_:ignoreIndex?:reduction?:)") { call in
        .native(
            try nllLoss(
                call.value(0).asTensor(), call.value(1).asTensor(), ignoreIndex: call["ignoreIndex"]?.asInt() ?? -100,
                reduction: reduction(call)))
    }
    table.function("accuracy(_:_:axis?:)") { call in
        .native(try accuracy(call.value(0).asTensor(), call.value(1).asTensor(), axis: call["axis"]?.asInt() ?? -1))
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

/// The `reduction:` argument (`"mean"` when absent).
private func reduction(_ call: BindingCall) throws -> LossReduction {
    try LossReduction(name: call["reduction"]?.asString() ?? "mean")
}
