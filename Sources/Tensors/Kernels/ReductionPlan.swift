/// How a reduction walks its input: the kept dimensions (one output element per kept position) and the reduced
/// dimensions (summed, or searched, for each output element), both as merged loops.
struct ReductionPlan {
    /// The loop over kept positions; output elements are numbered in its order.
    let kept: StridedLoop
    /// The loop over the reduced positions of one output element, relative to that element's offset.
    let reduced: StridedLoop
    /// The shape of the result (with or without the reduced dimensions kept as size 1).
    let outputShape: [Int]

    /// Plans reducing `input` over `dims` (already normalised, no duplicates).
    init(_ input: Tensor, dims: Set<Int>, keepdim: Bool) {
        var keptShape: [Int] = []
        var keptStrides: [Int] = []
        var reducedShape: [Int] = []
        var reducedStrides: [Int] = []
        var outputShape: [Int] = []
        for dim in 0..<input.ndim {
            if dims.contains(dim) {
                reducedShape.append(input.shape[dim])
                reducedStrides.append(input.strides[dim])
                if keepdim { outputShape.append(1) }
            } else {
                keptShape.append(input.shape[dim])
                keptStrides.append(input.strides[dim])
                outputShape.append(input.shape[dim])
            }
        }
        kept = StridedLoop(shape: keptShape, strides: [keptStrides])
        reduced = StridedLoop(shape: reducedShape, strides: [reducedStrides])
        self.outputShape = outputShape
    }

    /// The number of output elements.
    var outputCount: Int { kept.count }
    /// The number of input elements per output element.
    var reducedCount: Int { reduced.count }

    /// Whether each output element reduces one gap-free run of the input.
    var reducesContiguousRuns: Bool {
        reduced.shape.count <= 1 && (reduced.shape.isEmpty || reduced.innerStride(0) == 1)
    }

    /// Whether the output elements are neighbours in the input (reducing over outer dimensions, as `mean(0)`).
    var keepsContiguousRuns: Bool { kept.shape.count == 1 && kept.innerStride(0) == 1 }

    /// The input offset of each output element, in output order.
    func keptOffsets(in range: Range<Int>) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(range.count)
        let stride = kept.innerStride(0)
        kept.forEachRun(in: range) { start, length in
            for i in 0..<length { offsets.append(start.0 + i * stride) }
        }
        return offsets
    }
}
