/// `out = f(a, b)` element by element. The strides of `a` and `b` are already broadcast to `shape` (0 along
/// broadcast dimensions). Contiguous and scalar-broadcast runs get loops the compiler vectorises.
@inline(__always)
func mapElements<F: BinaryElementFunction>(
    _ f: F, shape: [Int], out: UnsafeMutablePointer<F.Output>, outStrides: [Int],
    _ a: UnsafePointer<F.Left>, _ aStrides: [Int], _ b: UnsafePointer<F.Right>, _ bStrides: [Int]
) {
    let loop = StridedLoop(shape: shape, strides: [outStrides, aStrides, bStrides])
    let so = loop.innerStride(0)
    let sa = loop.innerStride(1)
    let sb = loop.innerStride(2)
    let run = so == 1 && (sa == 0 || sa == 1) && (sb == 0 || sb == 1) ? F.contiguousRun : nil
    Parallelism.forEachRange(count: loop.count) { range in
        loop.forEachRun(in: range) { offsets, length in
            let o = out + offsets.0
            let x = a + offsets.1
            let y = b + offsets.2
            if let run {
                run(UnsafeRawPointer(x), sa, UnsafeRawPointer(y), sb, UnsafeMutableRawPointer(o), length)
            } else if so == 1 && sa == 1 && sb == 1 {
                for i in 0..<length { o[i] = f(x[i], y[i]) }
            } else if so == 1 && sa == 1 && sb == 0 {
                let yv = y[0]
                for i in 0..<length { o[i] = f(x[i], yv) }
            } else if so == 1 && sa == 0 && sb == 1 {
                let xv = x[0]
                for i in 0..<length { o[i] = f(xv, y[i]) }
            } else {
                for i in 0..<length { o[i * so] = f(x[i * sa], y[i * sb]) }
            }
        }
    }
}

/// `out = f(a)` element by element, `a`'s strides already broadcast to `shape`.
@inline(__always)
func mapElements<F: UnaryElementFunction>(
    _ f: F, shape: [Int], out: UnsafeMutablePointer<F.Output>, outStrides: [Int],
    _ a: UnsafePointer<F.Input>, _ aStrides: [Int]
) {
    let loop = StridedLoop(shape: shape, strides: [outStrides, aStrides])
    let so = loop.innerStride(0)
    let sa = loop.innerStride(1)
    let run = so == 1 && sa == 1 ? F.contiguousRun : nil
    Parallelism.forEachRange(count: loop.count) { range in
        loop.forEachRun(in: range) { offsets, length in
            let o = out + offsets.0
            let x = a + offsets.1
            if let run {
                run(UnsafeRawPointer(x), UnsafeMutableRawPointer(o), length)
            } else if so == 1 && sa == 1 {
                for i in 0..<length { o[i] = f(x[i]) }
            } else if so == 1 && sa == 0 {
                let value = f(x[0])
                for i in 0..<length { o[i] = value }
            } else {
                for i in 0..<length { o[i * so] = f(x[i * sa]) }
            }
        }
    }
}

/// `out = c ? a : b` element by element for `which(condition, a, b)`: three inputs, all broadcast to `shape`.
func selectElements<T>(
    shape: [Int], out: UnsafeMutablePointer<T>,
    _ c: UnsafePointer<Bool>, _ cStrides: [Int], _ a: UnsafePointer<T>, _ aStrides: [Int],
    _ b: UnsafePointer<T>, _ bStrides: [Int]
) {
    // Three inputs plus the output exceed `StridedLoop`'s three operands, so this walks the output contiguously
    // and resolves each input offset from the multi-index; `which` is not a hot path.
    let count = shape.reduce(1, *)
    let rank = shape.count
    Parallelism.forEachRange(count: count) { range in
        var index = [Int](repeating: 0, count: rank)
        var remainder = range.lowerBound
        for dim in stride(from: rank - 1, through: 0, by: -1) {
            index[dim] = remainder % shape[dim]
            remainder /= shape[dim]
        }
        for flat in range {
            var co = 0
            var ao = 0
            var bo = 0
            for dim in 0..<rank {
                co += index[dim] * cStrides[dim]
                ao += index[dim] * aStrides[dim]
                bo += index[dim] * bStrides[dim]
            }
            out[flat] = c[co] ? a[ao] : b[bo]
            var dim = rank - 1
            while dim >= 0 {
                index[dim] += 1
                if index[dim] < shape[dim] { break }
                index[dim] = 0
                dim -= 1
            }
        }
    }
}
