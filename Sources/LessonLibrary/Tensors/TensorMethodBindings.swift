import LessonScript
import Tensors

/// The methods of `Tensor`, in PyTorch's names with Swift spellings (`t.mean(0)`, `t.view(-1, 28 * 28)`,
/// `t.requiresGrad()`).
func registerTensorMethods(in table: BindingTable) {
    let tensor = table.type(Tensor.self, name: "Tensor")

    // Conversions.
    let conversions: [(String, DType)] = [
        ("float", .float32), ("double", .float64), ("long", .int64), ("int", .int32), ("byte", .uint8),
        ("bool", .bool),
    ]
    for (name, dtype) in conversions {
        tensor.method("\(name)()") { tensor, _ in .native(try tensor.to(dtype)) }
    }
    tensor.method("to(_:)") { tensor, call in .native(try tensor.to(call.value(0).asDType())) }
    tensor.method("type()") { tensor, _ in .string(tensor.type()) }
    tensor.method("item()") { tensor, _ in value(of: try tensor.item()) }
    tensor.method("numel()") { tensor, _ in .int(tensor.numel()) }
    tensor.method("dim()") { tensor, _ in .int(tensor.ndim) }
    tensor.method("size(_?:)") { tensor, call in
        guard let dim = try call[0]?.asInt() else { return .array(tensor.shape.map(Value.int)) }
        return .int(tensor.shape[try normalizedDimension(dim, tensor)])
    }
    // `tolist` is one word in PyTorch, so the spelling rule keeps it; `toList` reads as Swift.
    tensor.method("toList()") { tensor, _ in try tensorAsNestedArrays(tensor) }
    tensor.method("tolist()") { tensor, _ in try tensorAsNestedArrays(tensor) }
    tensor.method("isContiguous()") { tensor, _ in .bool(tensor.isContiguous) }

    // Element-wise functions (the others, from their enums, are in TensorOperatorBindings.swift).
    tensor.method("clamp(min?:max?:)") { tensor, call in
        .native(try tensor.clamp(min: call["min"]?.asScalar(), max: call["max"]?.asScalar()))
    }
    tensor.method("clamp(_:_?:)") { tensor, call in
        .native(try tensor.clamp(min: call[0]?.asScalar(), max: call[1]?.asScalar()))
    }

    // Reductions. PyTorch takes `dim` positionally or as a keyword (`t.sum(dim=1)`), so both spellings work.
    methodTakingDim(tensor, "sum", "keepdim?:") { tensor, dim, call in
        let dims = try dim?.asDimensions() ?? []
        return .native(try dims.isEmpty ? tensor.sum() : tensor.sum(dims, keepdim: call["keepdim"]?.asBool() ?? false))
    }
    methodTakingDim(tensor, "mean", "keepdim?:") { tensor, dim, call in
        let dims = try dim?.asDimensions() ?? []
        return .native(
            try dims.isEmpty ? tensor.mean() : tensor.mean(dims, keepdim: call["keepdim"]?.asBool() ?? false))
    }
    methodTakingDim(tensor, "std", "correction?:keepdim?:") { tensor, dim, call in
        let dims = try dim?.asDimensions() ?? []
        let correction = try call["correction"]?.asInt() ?? 1
        return .native(try tensor.std(dims, correction: correction, keepdim: call["keepdim"]?.asBool() ?? false))
    }
    for name in ["max", "min"] {
        let isMax = name == "max"
        methodTakingDim(tensor, name, "keepdim?:") { tensor, argument, call in
            guard let argument else { return .native(try isMax ? tensor.max() : tensor.min()) }
            if argument.isTensor {
                let other = try argument.asTensor()
                return .native(try isMax ? tensor.max(other) : tensor.min(other))
            }
            let keepdim = try call["keepdim"]?.asBool() ?? false
            let dim = try argument.asInt()
            let (values, indices) = try isMax ? tensor.max(dim, keepdim: keepdim) : tensor.min(dim, keepdim: keepdim)
            return .tuple(TupleValue([.native(values), .native(indices)], labels: ["values", "indices"]))
        }
    }
    for name in ["argmax", "argmin"] {
        let isMax = name == "argmax"
        methodTakingDim(tensor, name, "keepdim?:") { tensor, dim, call in
            guard let dim = try dim?.asInt() else { return .native(try isMax ? tensor.argmax() : tensor.argmin()) }
            let keepdim = try call["keepdim"]?.asBool() ?? false
            return .native(try isMax ? tensor.argmax(dim, keepdim: keepdim) : tensor.argmin(dim, keepdim: keepdim))
        }
    }

    for name in ["all", "any"] {
        let isAll = name == "all"
        methodTakingDim(tensor, name, "keepdim?:") { tensor, dim, call in
            guard let dim = try dim?.asInt() else { return .native(try isAll ? tensor.all() : tensor.any()) }
            let keepdim = try call["keepdim"]?.asBool() ?? false
            return .native(try isAll ? tensor.all(dim, keepdim: keepdim) : tensor.any(dim, keepdim: keepdim))
        }
    }

    // Shapes and views.
    tensor.method("view(_...:)") { tensor, call in .native(try tensor.view(call.value(0).asShape())) }
    tensor.method("reshape(_...:)") { tensor, call in .native(try tensor.reshape(call.value(0).asShape())) }
    tensor.method("expand(_...:)") { tensor, call in .native(try tensor.expand(call.value(0).asShape())) }
    tensor.method("permute(_...:)") { tensor, call in .native(try tensor.permute(call.value(0).asShape())) }
    tensor.method("flatten(_?:_?:)") { tensor, call in
        .native(try tensor.flatten(call[0]?.asInt() ?? 0, call[1]?.asInt() ?? -1))
    }
    tensor.method("transpose(_:_:)") { tensor, call in
        .native(try tensor.transpose(call.value(0).asInt(), call.value(1).asInt()))
    }
    tensor.method("t()") { tensor, _ in .native(try tensor.t()) }
    tensor.method("unsqueeze(_:)") { tensor, call in .native(try tensor.unsqueeze(call.value(0).asInt())) }
    tensor.method("squeeze(_?:)") { tensor, call in
        .native(try call[0].map { try tensor.squeeze($0.asInt()) } ?? tensor.squeeze())
    }
    tensor.method("contiguous()") { tensor, _ in .native(try tensor.contiguous()) }
    tensor.method("clone()") { tensor, _ in .native(try tensor.clone()) }
    tensor.method("detach()") { tensor, _ in .native(tensor.detach()) }
    tensor.method("matmul(_:)") { tensor, call in .native(try tensor.matmul(call.value(0).asTensor())) }
    tensor.method("select(_:_:)") { tensor, call in
        .native(try tensor.select(call.value(0).asInt(), call.value(1).asInt()))
    }
    tensor.method("narrow(_:_:_:)") { tensor, call in
        .native(try tensor.narrow(call.value(0).asInt(), call.value(1).asInt(), call.value(2).asInt()))
    }

    // Autograd and in-place updates.
    tensor.method("requiresGrad(_?:)") { tensor, call in
        .native(try tensor.requiresGrad(call[0]?.asBool() ?? true))
    }
    tensor.method("backward(_?:)") { tensor, call in
        try tensor.backward(call[0]?.asTensor())
        return .void
    }
    tensor.method("zero()") { tensor, _ in .native(try tensor.zero()) }
    tensor.method("fill(_:)") { tensor, call in .native(try tensor.fill(call.value(0).asScalar())) }
    tensor.method("copy(_:)") { tensor, call in
        try tensor.copy(from: call.value(0).asTensor())
        return .native(tensor)
    }
}

/// `dim` resolved against `tensor`'s rank, with PyTorch's error when out of range.
private func normalizedDimension(_ dim: Int, _ tensor: Tensor) throws -> Int {
    let rank = max(tensor.ndim, 1)
    guard dim >= -rank && dim < rank else {
        throw BindingError(
            "Dimension out of range (expected to be in range of [\(-rank), \(rank - 1)], but got \(dim))")
    }
    return dim < 0 ? dim + rank : dim
}

/// Registers `name(_?:rest)` and `name(dim:rest)` with one body, which receives the dimension argument (or `nil`).
private func methodTakingDim(
    _ tensor: NativeType<Tensor>, _ name: String, _ rest: String,
    _ body: @escaping (Tensor, Value?, BindingCall) throws -> Value
) {
    tensor.method("\(name)(_?:\(rest))") { tensor, call in try body(tensor, call[0], call) }
    tensor.method("\(name)(dim:\(rest))") { tensor, call in try body(tensor, call["dim"], call) }
}
