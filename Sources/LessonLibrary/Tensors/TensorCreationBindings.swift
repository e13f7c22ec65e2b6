import LessonScript
import Tensors

/// The functions that make tensors: `tensor`, `zeros`, `ones`, `full`, `arange`, `linspace`, the random ones and
/// `manualSeed`.
func registerTensorCreation(in table: BindingTable) {
    table.function("tensor(_:dtype?:)") { call in
        .native(try makeTensor(from: call.value(0), dtype: call["dtype"]?.asDType()))
    }
    table.function("zeros(_...:dtype?:)") { call in
        .native(try zeros(call.value(0).asShape(), dtype: call["dtype"]?.asDType() ?? .float32))
    }
    table.function("ones(_...:dtype?:)") { call in
        .native(try ones(call.value(0).asShape(), dtype: call["dtype"]?.asDType() ?? .float32))
    }
    table.function("full(_:_:dtype?:)") { call in
        .native(try full(call.value(0).asShape(), call.value(1).asScalar(), dtype: call["dtype"]?.asDType()))
    }
    table.function("zerosLike(_:)") { call in .native(try zerosLike(call.value(0).asTensor())) }
    table.function("onesLike(_:)") { call in .native(try onesLike(call.value(0).asTensor())) }
    table.function("arange(_:_?:step?:dtype?:)") { call in
        let first = try call.value(0).asScalar()
        let step = try call["step"]?.asScalar() ?? .int(1)
        let dtype = try call["dtype"]?.asDType()
        guard let end = try call[1]?.asScalar() else {
            return .native(try arange(.int(0), first, step: step, dtype: dtype))
        }
        return .native(try arange(first, end, step: step, dtype: dtype))
    }
    table.function("linspace(_:_:_:)") { call in
        .native(try linspace(call.value(0).asDouble(), call.value(1).asDouble(), call.value(2).asInt()))
    }
    table.function("randn(_...:dtype?:)") { call in
        .native(try randn(call.value(0).asShape(), dtype: call["dtype"]?.asDType() ?? .float32))
    }
    table.function("rand(_...:dtype?:)") { call in
        .native(try rand(call.value(0).asShape(), dtype: call["dtype"]?.asDType() ?? .float32))
    }
    table.function("randperm(_:)") { call in .native(try randperm(call.value(0).asInt())) }
    table.function("randint(_:_:_:)") { call in
        .native(try randint(call.value(0).asInt(), call.value(1).asInt(), call.value(2).asShape()))
    }
    table.function("manualSeed(_:)") { call in
        manualSeed(try call.value(0).asInt())
        return .void
    }
}
