/// A loop nest over a shape that visits up to three operands (an output and two inputs) through their strides.
///
/// Dimensions of size 1 are dropped and neighbouring dimensions that are laid out contiguously for every operand
/// are merged, so a contiguous tensor of any rank loops as one flat run and a broadcast `[1010, 28, 28] - [28, 28]`
/// loops as 1010 runs of 784 elements.
struct StridedLoop {
    /// The merged sizes, outermost first.
    private(set) var shape: [Int]
    /// Per operand, the merged strides.
    private(set) var strides: [[Int]]

    /// Plans a loop over `shape`; `strides` holds one stride array (of `shape.count` entries) per operand.
    init(shape: [Int], strides: [[Int]]) {
        var mergedShape: [Int] = []
        var mergedStrides = [[Int]](repeating: [], count: strides.count)
        for dim in shape.indices where shape[dim] != 1 {
            if let last = mergedShape.last,
                strides.indices.allSatisfy({ strides[$0][dim] * shape[dim] == mergedStrides[$0].last })
            {
                mergedShape[mergedShape.count - 1] = last * shape[dim]
                for operand in strides.indices {
                    mergedStrides[operand][mergedStrides[operand].count - 1] = strides[operand][dim]
                }
            } else {
                mergedShape.append(shape[dim])
                for operand in strides.indices { mergedStrides[operand].append(strides[operand][dim]) }
            }
        }
        self.shape = mergedShape
        self.strides = mergedStrides
    }

    /// The number of elements visited.
    var count: Int { shape.reduce(1, *) }

    /// The strides of the innermost dimension per operand (0 when the loop is a single element).
    func innerStride(_ operand: Int) -> Int { strides[operand].last ?? 0 }

    /// Calls `body(offsets, length)` for each run of the innermost dimension that falls in the flat element range
    /// `range`; `offsets` are the element offsets of the run's first element for operands 0, 1 and 2.
    @inline(__always)
    func forEachRun(in range: Range<Int>, _ body: (_ offsets: (Int, Int, Int), _ length: Int) -> Void) {
        // An empty range visits nothing (and a loop over a shape with a 0 has no index to start from).
        guard !range.isEmpty else { return }
        let rank = shape.count
        if rank == 0 {
            body((0, 0, 0), 1)
            return
        }
        let operandCount = strides.count
        @inline(__always) func strideOf(_ operand: Int, _ dim: Int) -> Int {
            operand < operandCount ? strides[operand][dim] : 0
        }
        var index = [Int](repeating: 0, count: rank)
        var remainder = range.lowerBound
        for dim in stride(from: rank - 1, through: 0, by: -1) {
            index[dim] = remainder % shape[dim]
            remainder /= shape[dim]
        }
        var offset0 = 0
        var offset1 = 0
        var offset2 = 0
        for dim in 0..<rank {
            offset0 += index[dim] * strideOf(0, dim)
            offset1 += index[dim] * strideOf(1, dim)
            offset2 += index[dim] * strideOf(2, dim)
        }
        let inner = shape[rank - 1]
        let inner0 = strideOf(0, rank - 1)
        let inner1 = strideOf(1, rank - 1)
        let inner2 = strideOf(2, rank - 1)
        var remaining = range.count
        while remaining > 0 {
            let length = min(inner - index[rank - 1], remaining)
            body((offset0, offset1, offset2), length)
            remaining -= length
            if remaining == 0 { break }
            // Back to the start of this row, then carry into the outer dimensions.
            let column = index[rank - 1]
            offset0 -= column * inner0
            offset1 -= column * inner1
            offset2 -= column * inner2
            index[rank - 1] = 0
            var dim = rank - 2
            while dim >= 0 {
                index[dim] += 1
                offset0 += strideOf(0, dim)
                offset1 += strideOf(1, dim)
                offset2 += strideOf(2, dim)
                if index[dim] < shape[dim] { break }
                offset0 -= shape[dim] * strideOf(0, dim)
                offset1 -= shape[dim] * strideOf(1, dim)
                offset2 -= shape[dim] * strideOf(2, dim)
                index[dim] = 0
                dim -= 1
            }
        }
    }
}
