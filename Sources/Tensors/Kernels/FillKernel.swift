extension Tensor {
    /// Sets every element of this view to `value`, cast to the dtype as PyTorch casts.
    func fill(with value: Scalar) {
        struct Visitor: ElementTypeVisitor {
            let tensor: Tensor
            let value: Scalar

            func visit<T: TensorScalar>(_ type: T.Type) {
                let element: T
                switch value {
                case .bool(let flag): element = T(castingFrom: Int64(flag ? 1 : 0))
                case .int(let integer): element = T(castingFrom: Int64(integer))
                case .double(let double): element = T(castingFrom: double)
                }
                let base = tensor.pointer(as: T.self)
                let loop = StridedLoop(shape: tensor.shape, strides: [tensor.strides])
                let stride = loop.innerStride(0)
                Parallelism.forEachRange(count: loop.count) { range in
                    loop.forEachRun(in: range) { offsets, length in
                        let run = base + offsets.0
                        if stride == 1 {
                            for i in 0..<length { run[i] = element }
                        } else {
                            for i in 0..<length { run[i * stride] = element }
                        }
                    }
                }
            }
        }
        dtype.dispatch(Visitor(tensor: self, value: value))
    }
}
