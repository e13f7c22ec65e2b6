import LessonScript
import Tensors

/// `loss.backward(retainGraph: true)`: backward that keeps the graph's saved values for another walk (plain
/// `backward()` and `backward(gradient)` are bound with the other tensor methods).
func registerAutograd(in table: BindingTable) {
    let tensor = table.type(Tensor.self, name: "Tensor")
    tensor.method("backward(_?:retainGraph:)") { tensor, call in
        try tensor.backward(call[0]?.asTensor(), retainGraph: call["retainGraph"]?.asBool() ?? false)
        return .void
    }
}
