enum LayerSpec {
    case linear(Int, Int)
    case relu
    case dropout(Double)
}
func params(_ spec: LayerSpec) -> Int {
    switch spec {
    case .linear(let i, let o): return i * o + o
    case .relu: return 0
    }
}
print(params(.relu))
