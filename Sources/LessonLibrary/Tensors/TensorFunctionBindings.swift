import LessonScript
import Tensors

/// Free functions over tensors: `clamp`, joining, `matmul`, `which`, `noGrad { }`, `setPrintOptions` and fast.ai's
/// `toCpu(x)`, which gives `x` back (the library computes on the CPU only) (the
/// element-wise ones, `abs(t)`, `sigmoid(t)`, `maximum(a, b)`, are in TensorOperatorBindings.swift). `clamp` only
/// takes a tensor (`where:`), so a lesson's own numbers still reach Swift's functions.
func registerTensorFunctions(in table: BindingTable) {
    let takesTensor: ([Value?]) -> Bool = { $0.first??.isTensor == true }
    table.function("clamp(_:min?:max?:)", where: takesTensor) { call in
        .native(try call.value(0).asTensor().clamp(min: call["min"]?.asScalar(), max: call["max"]?.asScalar()))
    }
    table.function("stack(_:dim?:)") { call in
        .native(try stack(call.value(0).asArray().map { try $0.asTensor() }, dim: call["dim"]?.asInt() ?? 0))
    }
    table.function("cat(_:dim?:)") { call in
        .native(try cat(call.value(0).asArray().map { try $0.asTensor() }, dim: call["dim"]?.asInt() ?? 0))
    }
    table.function("matmul(_:_:)") { call in .native(try matmul(call.value(0).asTensor(), call.value(1).asTensor())) }
    table.function("which(_:_:_:)") { call in
        .native(try which(call.value(0).asTensor(), call.value(1).asOperand(), call.value(2).asOperand()))
    }
    table.function("toCpu(_:)") { call in try call.value(0) }
    table.function("noGrad(_:)") { call in try noGrad { try call.callFunction(call.value(0), []) } }
    table.function("setPrintOptions(precision?:threshold?:edgeitems?:linewidth?:sciMode?:)") { call in
        setPrintOptions(
            precision: try call["precision"]?.asInt(), threshold: try call["threshold"]?.asInt(),
            edgeitems: try call["edgeitems"]?.asInt(), linewidth: try call["linewidth"]?.asInt(),
            sciMode: try call["sciMode"]?.asBool())
        return .void
    }
    for dtype in DType.allCases {
        table.implicitMember(dtype.name, .native(DTypeValue(dtype)))
    }
    table.implicitMember("ellipsis", .symbol("ellipsis"))
    table.implicitMember("newAxis", .symbol("newAxis"))
}
