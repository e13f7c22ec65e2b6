import LessonScript
import Tensors

/// The convolution layer's functions (`F.conv2d`, `F.max_pool2d`, `F.avg_pool2d`, `F.adaptive_avg_pool2d`,
/// `F.batch_norm`), with PyTorch's keyword arguments as labels: `conv2d(x, w, bias: b, stride: 2, padding: 1)`,
/// `maxPool2d(x, 2)`, `batchNorm(x, runningMean: m, runningVar: v, training: true)`. Sizes, strides, paddings and
/// dilations are one `Int` or a list (`[2, 1]`) or tuple (`(2, 1)`) of them.
func registerConvolutions(in table: BindingTable) {
    let convolve: (BindingCall, Value?) throws -> Value = { call, bias in
        .native(
            try conv2d(
                call.value(0).asTensor(), call.value(1).asTensor(), bias: bias?.asOptionalTensor(),
                stride: call["stride"]?.asConvPair() ?? 1, padding: call["padding"]?.asConvPair() ?? 0,
                dilation: call["dilation"]?.asConvPair() ?? 1, groups: call["groups"]?.asInt() ?? 1))
    }
    table.function("conv2d(_:_:bias?:stride?:padding?:dilation?:groups?:)") { try convolve($0, $0["bias"]) }
    table.function("conv2d(_:_:_:stride?:padding?:dilation?:groups?:)") { try convolve($0, $0[2]) }

    for kernel in ["_", "kernelSize"] {
        table.function("maxPool2d(_:\(kernel):stride?:padding?:dilation?:ceilMode?:)") { call in
            .native(
                try maxPool2d(
                    call.value(0).asTensor(), kernelSize: call.value(1).asConvPair(),
                    stride: call["stride"]?.asOptionalConvPair(), padding: call["padding"]?.asConvPair() ?? 0,
                    dilation: call["dilation"]?.asConvPair() ?? 1, ceilMode: call["ceilMode"]?.asBool() ?? false))
        }
        table.function(
            "avgPool2d(_:\(kernel):stride?:padding?:ceilMode?:countIncludePad?:divisorOverride?:)"
        ) { call in
            .native(
                try avgPool2d(
                    call.value(0).asTensor(), kernelSize: call.value(1).asConvPair(),
                    stride: call["stride"]?.asOptionalConvPair(), padding: call["padding"]?.asConvPair() ?? 0,
                    ceilMode: call["ceilMode"]?.asBool() ?? false,
                    countIncludePad: call["countIncludePad"]?.asBool() ?? true,
                    divisorOverride: call["divisorOverride"]?.asOptionalInt()))
        }
    }
    for output in ["_", "outputSize"] {
        table.function("adaptiveAvgPool2d(_:\(output):)") { call in
            .native(try adaptiveAvgPool2d(call.value(0).asTensor(), outputSize: call.value(1).asConvPair()))
        }
    }
    for statistics in ["_:_:", "runningMean:runningVar:"] {
        table.function("batchNorm(_:\(statistics)weight?:bias?:training?:momentum?:eps?:)") { call in
            .native(
                try batchNorm(
                    call.value(0).asTensor(), runningMean: call.value(1).asOptionalTensor(),
                    runningVar: call.value(2).asOptionalTensor(), weight: call["weight"]?.asOptionalTensor(),
                    bias: call["bias"]?.asOptionalTensor(), training: call["training"]?.asBool() ?? false,
                    momentum: call["momentum"]?.asDouble() ?? 0.1, eps: call["eps"]?.asDouble() ?? 1e-5))
        }
    }
}

extension Value {
    /// One size for both dimensions (`2`), or a list or tuple of them (`[2, 1]`, `(2, 1)`).
    func asConvPair() throws -> ConvPair {
        switch self {
        case .int(let value): return ConvPair(value)
        case .tuple(let tuple): return ConvPair(try tuple.elements.map { try $0.asInt() })
        case .optional(let wrapped?): return try wrapped.asConvPair()
        default: return ConvPair(try asIntArray())
        }
    }

    /// `asConvPair()`, or `nil` for `nil` (a stride left to its default).
    func asOptionalConvPair() throws -> ConvPair? {
        if case .optional(nil) = self { return nil }
        return try asConvPair()
    }

    /// A tensor, or `nil` for `nil` (`bias: nil`, a batch norm without running statistics).
    func asOptionalTensor() throws -> Tensor? {
        switch self {
        case .optional(nil): return nil
        case .optional(let wrapped?): return try wrapped.asTensor()
        default: return try asTensor()
        }
    }

    /// An integer, or `nil` for `nil`.
    func asOptionalInt() throws -> Int? {
        switch self {
        case .optional(nil): return nil
        case .optional(let wrapped?): return try wrapped.asInt()
        default: return try asInt()
        }
    }
}
