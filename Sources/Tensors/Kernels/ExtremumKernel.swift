/// Which extreme a search looks for.
enum Extremum {
    case maximum, minimum
}

/// For each output element, the extreme value over the reduced dimensions and the position of its first
/// occurrence (the row-major index within the reduced dimensions). NaN wins, as in PyTorch.
func extremumKernel<T: TensorScalar>(
    _ input: UnsafePointer<T>, plan: ReductionPlan, _ extremum: Extremum,
    values: UnsafeMutablePointer<T>, indices: UnsafeMutablePointer<Int64>
) {
    let reducedCount = plan.reducedCount
    let wantsMaximum = extremum == .maximum
    Parallelism.forEachRange(
        count: plan.outputCount, grain: Swift.max(1, Parallelism.grain / Swift.max(reducedCount, 1))
    ) {
        range in
        let stride = plan.reduced.innerStride(0)
        for (k, offset) in zip(range, plan.keptOffsets(in: range)) {
            var best = input[offset]
            var bestValue = best.doubleValue
            var bestIndex = 0
            var position = 0
            plan.reduced.forEachRun(in: 0..<reducedCount) { start, length in
                guard !bestValue.isNaN else { return }
                let run = input + offset + start.0
                for i in 0..<length {
                    let candidate = run[i * stride]
                    let value = candidate.doubleValue
                    if value.isNaN || (wantsMaximum ? value > bestValue : value < bestValue) {
                        best = candidate
                        bestValue = value
                        bestIndex = position + i
                        if value.isNaN { break }
                    }
                }
                position += length
            }
            values[k] = best
            indices[k] = Int64(bestIndex)
        }
    }
}
