import CKernels

/// The number of elements summed as one block before blocks are combined; fixed, so results never depend on
/// the number of threads.
private let sumBlock = 4096

/// Sums `count` contiguous floats with sixteen independent lanes per block of `sumBlock` elements, blocks
/// combined in order: vectorised, deterministic, and more accurate than a left-to-right sum. `Float` runs go to
/// CKernels (the same summation order, in AVX2 where the CPU has it).
@inline(__always)
func contiguousSum<T: FloatScalar>(_ base: UnsafePointer<T>, count: Int) -> T {
    if T.self == Float.self {
        let sum = lesson_f32_sum(UnsafeRawPointer(base).assumingMemoryBound(to: Float.self), count)
        return unsafeBitCast(sum, to: T.self)
    }
    var total: T = 0
    var start = 0
    while start < count {
        let end = Swift.min(start + sumBlock, count)
        var lanes = SIMD16<T>()
        var i = start
        let raw = UnsafeRawPointer(base)
        while i + 16 <= end {
            lanes += raw.loadUnaligned(fromByteOffset: i * MemoryLayout<T>.stride, as: SIMD16<T>.self)
            i += 16
        }
        var block = lanes.sum()
        while i < end {
            block += base[i]
            i += 1
        }
        total += block
        start = end
    }
    return total
}

/// `target[i] += row[i]` for `count` elements, sixteen at a time (the compiler cannot prove that the two do not
/// overlap, so it would not vectorise the plain loop).
@inline(__always)
private func addRow<T: FloatScalar>(_ row: UnsafePointer<T>, into target: UnsafeMutablePointer<T>, count: Int) {
    let source = UnsafeRawPointer(row)
    let destination = UnsafeMutableRawPointer(target)
    var i = 0
    while i + 16 <= count {
        let offset = i * MemoryLayout<T>.stride
        let sum =
            destination.loadUnaligned(fromByteOffset: offset, as: SIMD16<T>.self)
            + source.loadUnaligned(fromByteOffset: offset, as: SIMD16<T>.self)
        destination.storeBytes(of: sum, toByteOffset: offset, as: SIMD16<T>.self)
        i += 16
    }
    while i < count {
        target[i] += row[i]
        i += 1
    }
}

/// `target[i] += (a[i] + b[i]) + (c[i] + d[i])` for `count` elements: four rows per pass over the target
/// halves the loads and stores a row at a time would cost.
@inline(__always)
private func addFourRows<T: FloatScalar>(
    _ a: UnsafePointer<T>, _ b: UnsafePointer<T>, _ c: UnsafePointer<T>, _ d: UnsafePointer<T>,
    into target: UnsafeMutablePointer<T>, count: Int
) {
    let destination = UnsafeMutableRawPointer(target)
    @inline(__always) func load(_ row: UnsafePointer<T>, _ offset: Int) -> SIMD16<T> {
        UnsafeRawPointer(row).loadUnaligned(fromByteOffset: offset, as: SIMD16<T>.self)
    }
    var i = 0
    while i + 16 <= count {
        let offset = i * MemoryLayout<T>.stride
        let sum =
            destination.loadUnaligned(fromByteOffset: offset, as: SIMD16<T>.self)
            + ((load(a, offset) + load(b, offset)) + (load(c, offset) + load(d, offset)))
        destination.storeBytes(of: sum, toByteOffset: offset, as: SIMD16<T>.self)
        i += 16
    }
    while i < count {
        target[i] += (a[i] + b[i]) + (c[i] + d[i])
        i += 1
    }
}

/// The rows summed into one partial result when reducing over outer dimensions.
private let rowBlock = 128

/// At most this many partial results are kept, so their memory stays small next to the input's.
private let maximumRowBlocks = 16

/// Sums over outer dimensions (`mean(0)` of a stack of images): the output elements are neighbours, so whole
/// rows are added into the output. The rows are split into a fixed number of blocks (fixed by the shape alone,
/// so results never depend on the thread count); each block sums its rows into a partial result four at a
/// time, and the partials are added in order. Threads take whole blocks and read rows front to back.
private func sumRowsKernel<T: FloatScalar>(_ input: UnsafePointer<T>, plan: ReductionPlan, out: UnsafeMutablePointer<T>)
{
    let width = plan.outputCount
    let rows = plan.reducedCount
    let blocks = Swift.min(maximumRowBlocks, Swift.max(1, rows / rowBlock))
    let stride = plan.reduced.innerStride(0)
    let partials = UnsafeMutablePointer<T>.allocate(capacity: blocks * width)
    defer { partials.deallocate() }
    Parallelism.forEachRange(count: blocks, grain: 1) { range in
        for block in range {
            let target = partials + block * width
            target.initialize(repeating: 0, count: width)
            var pending: [UnsafePointer<T>] = []
            pending.reserveCapacity(4)
            plan.reduced.forEachRun(in: rows * block / blocks..<rows * (block + 1) / blocks) { start, length in
                for step in 0..<length {
                    pending.append(input + start.0 + step * stride)
                    if pending.count == 4 {
                        addFourRows(pending[0], pending[1], pending[2], pending[3], into: target, count: width)
                        pending.removeAll(keepingCapacity: true)
                    }
                }
            }
            for row in pending { addRow(row, into: target, count: width) }
        }
    }
    out.update(from: partials, count: width)
    for block in 1..<blocks { addRow(partials + block * width, into: out, count: width) }
}

/// Sums floats over `plan`'s reduced dimensions into `out` (contiguous, one element per kept position).
func sumFloatKernel<T: FloatScalar>(_ input: UnsafePointer<T>, plan: ReductionPlan, out: UnsafeMutablePointer<T>) {
    let outputs = plan.outputCount
    let reducedCount = plan.reducedCount
    if reducedCount == 0 {
        for k in 0..<outputs { out[k] = 0 }
        return
    }
    if plan.reducesContiguousRuns {
        if outputs == 1 {
            // One long run: sum fixed blocks in parallel, then combine them in order.
            let blocks = (reducedCount + sumBlock - 1) / sumBlock
            var partial = [T](repeating: 0, count: blocks)
            partial.withUnsafeMutableBufferPointer { partial in
                Parallelism.forEachRange(count: blocks, grain: 8) { range in
                    for block in range {
                        let start = block * sumBlock
                        partial[block] = contiguousSum(input + start, count: Swift.min(sumBlock, reducedCount - start))
                    }
                }
            }
            out[0] = partial.reduce(0, +)
            return
        }
        Parallelism.forEachRange(count: outputs, grain: Swift.max(1, Parallelism.grain / reducedCount)) { range in
            for (k, offset) in zip(range, plan.keptOffsets(in: range)) {
                out[k] = contiguousSum(input + offset, count: reducedCount)
            }
        }
        return
    }
    if plan.keepsContiguousRuns {
        sumRowsKernel(input, plan: plan, out: out)
        return
    }
    Parallelism.forEachRange(count: outputs, grain: Swift.max(1, Parallelism.grain / reducedCount)) { range in
        let stride = plan.reduced.innerStride(0)
        for (k, offset) in zip(range, plan.keptOffsets(in: range)) {
            var total: T = 0
            plan.reduced.forEachRun(in: 0..<reducedCount) { start, length in
                let run = input + offset + start.0
                for i in 0..<length { total += run[i * stride] }
            }
            out[k] = total
        }
    }
}

/// Sums integers (or bools, counted as 0 and 1) into 64-bit totals, wrapping on overflow as PyTorch does.
func sumIntegerKernel<T: TensorScalar>(_ input: UnsafePointer<T>, plan: ReductionPlan, out: UnsafeMutablePointer<Int64>)
{
    let reducedCount = plan.reducedCount
    Parallelism.forEachRange(
        count: plan.outputCount, grain: Swift.max(1, Parallelism.grain / Swift.max(reducedCount, 1))
    ) {
        range in
        let stride = plan.reduced.innerStride(0)
        for (k, offset) in zip(range, plan.keptOffsets(in: range)) {
            var total: Int64 = 0
            plan.reduced.forEachRun(in: 0..<reducedCount) { start, length in
                let run = input + offset + start.0
                for i in 0..<length { total &+= run[i * stride].int64Value }
            }
            out[k] = total
        }
    }
}
