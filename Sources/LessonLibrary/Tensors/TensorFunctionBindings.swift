import LessonScript
import Tensors

/// Free functions over tensors: math (`abs(t)`, `sigmoid(t)`), joining, `matmul`, `which`, `noGrad { }` and
/// `setPrintOptions`. The math functions only take tensors (`where:`), so `abs(-3)` and `sqrt(2.0)` still reach
/// Swift's own functions.
func registerTensorFunctions(in table: BindingTable) {
    let takesTensor: ([Value?]) -> Bool = { $0.first??.isTensor == true }
    let unary: [(String, UnaryOperation)] = [
        ("abs", .abs), ("sqrt", .sqrt), ("exp", .exp), ("log", .log), ("sigmoid", .sigmoid), ("relu", .relu),
        ("tanh", .tanh), ("floor", .floor), ("ceil", .ceil), ("round", .round), ("sign", .sign),
    ]
    for (name, operation) in unary {
        table.function("\(name)(_:)", where: takesTensor) { call in
            .native(try call.value(0).asTensor().unary(operation))
        }
    }
    table.function("maximum(_:_:)") { call in
        .native(try Tensor.arithmetic(.maximum, call.value(0).asOperand(), call.value(1).asOperand()))
    }
    table.function("minimum(_:_:)") { call in
        .native(try Tensor.arithmetic(.minimum, call.value(0).asOperand(), call.value(1).asOperand()))
    }
    table.function("pow(_:_:)", where: takesTensor) { call in
        .native(try Tensor.arithmetic(.power, call.value(0).asOperand(), call.value(1).asOperand()))
    }
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
