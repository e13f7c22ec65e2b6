import Learning
import LessonScript
import Tensors

/// Chapter 13's layers: `Conv2d(1, 30, kernelSize: 3, stride: 2, padding: 1)`, `BatchNorm2d(8)` with its running
/// statistics, `MaxPool2d(2)`, `AvgPool2d(2)`, `AdaptiveAvgPool2d(1)`.
func registerConvolutionModules(in table: BindingTable) {
    let conv = table.type(Conv2d.self, name: "Conv2d", parent: Module.self)
    conv.initializer("init(_:_:kernelSize:stride?:padding?:dilation?:groups?:bias?:)") { call in
        .native(
            try Conv2d(
                call.value(0).asInt(), call.value(1).asInt(), kernelSize: call.value(2).asConvPair(),
                stride: call["stride"]?.asConvPair() ?? 1, padding: call["padding"]?.asConvPair() ?? 0,
                dilation: call["dilation"]?.asConvPair() ?? 1, groups: call["groups"]?.asInt() ?? 1,
                bias: call["bias"]?.asBool() ?? true))
    }
    conv.property("weight") { .native($0.weight) }
    conv.property("bias") { layer in .optional(layer.bias.map { .native($0) }) }
    conv.property("inChannels") { .int($0.inChannels) }
    conv.property("outChannels") { .int($0.outChannels) }

    let batchNorm = table.type(BatchNorm2d.self, name: "BatchNorm2d", parent: Module.self)
    batchNorm.initializer("init(_:eps?:momentum?:affine?:trackRunningStats?:bias?:)") { call in
        // `momentum: nil` asks for the cumulative average, as `momentum=None` does.
        let momentum: Double?
        switch call["momentum"] {
        case nil: momentum = 0.1
        case .optional(nil)?: momentum = nil
        case let value?: momentum = try value.asDouble()
        }
        return .native(
            try BatchNorm2d(
                call.value(0).asInt(), eps: call["eps"]?.asDouble() ?? 1e-5, momentum: momentum,
                affine: call["affine"]?.asBool() ?? true,
                trackRunningStats: call["trackRunningStats"]?.asBool() ?? true,
                bias: call["bias"]?.asBool() ?? true))
    }
    batchNorm.property("weight") { .optional($0.weight.map { .native($0) }) }
    batchNorm.property("bias") { .optional($0.bias.map { .native($0) }) }
    batchNorm.property("runningMean") { .optional($0.runningMean.map { .native($0) }) }
    batchNorm.property("runningVar") { .optional($0.runningVar.map { .native($0) }) }
    batchNorm.property("numBatchesTracked") { .optional($0.numBatchesTracked.map { .native($0) }) }
    batchNorm.property("eps") { .double($0.eps) }
    batchNorm.property("momentum") { .optional($0.momentum.map { .double($0) }) }

    let maxPool = table.type(MaxPool2d.self, name: "MaxPool2d", parent: Module.self)
    maxPool.initializer("init(_:stride?:padding?:dilation?:ceilMode?:)") { call in
        .native(
            MaxPool2d(
                try call.value(0).asPoolSize(), stride: try call["stride"]?.asPoolSize(),
                padding: try call["padding"]?.asPoolSize() ?? 0, dilation: try call["dilation"]?.asPoolSize() ?? 1,
                ceilMode: try call["ceilMode"]?.asBool() ?? false))
    }

    let avgPool = table.type(AvgPool2d.self, name: "AvgPool2d", parent: Module.self)
    avgPool.initializer("init(_:stride?:padding?:ceilMode?:countIncludePad?:divisorOverride?:)") { call in
        .native(
            AvgPool2d(
                try call.value(0).asPoolSize(), stride: try call["stride"]?.asPoolSize(),
                padding: try call["padding"]?.asPoolSize() ?? 0, ceilMode: try call["ceilMode"]?.asBool() ?? false,
                countIncludePad: try call["countIncludePad"]?.asBool() ?? true,
                divisorOverride: try call["divisorOverride"]?.asInt()))
    }

    let adaptive = table.type(AdaptiveAvgPool2d.self, name: "AdaptiveAvgPool2d", parent: Module.self)
    adaptive.initializer("init(_:)") { call in .native(AdaptiveAvgPool2d(try call.value(0).asPoolSize())) }
}
