import Foundation

extension Tensor {
    /// The histogram of the elements (`torch.histc`): `bins` equal-width bins from `min` to `max`, counted in this
    /// tensor's dtype. Elements outside the range (and NaNs) are not counted; an element equal to `max` falls in
    /// the last bin. With `min == max` (the default) the range is the data's own, widened by 1 on each side when it
    /// is a single value. fast.ai's `ActivationStats` records `o.histc(40, 0, 10)`.
    ///
    /// ```swift
    /// try tensor([0.0, 2.5, 10, 11]).histc(bins: 4, min: 0, max: 10)   // tensor([1., 1., 0., 1.])
    /// ```
    /// - Throws: PyTorch's errors for a non-float tensor, `bins < 1`, `max < min`, or a data range that is not
    ///   finite.
    public func histc(bins: Int = 100, min: Double = 0, max: Double = 0) throws -> Tensor {
        guard dtype.isFloatingPoint else {
            throw TensorError(.dtypeMismatch, "\"histogram_cpu\" not implemented for '\(dtype.scalarTypeName)'")
        }
        guard bins > 0 else {
            throw TensorError(.invalidArgument, "torch.histogram(): bins must be > 0, but got \(bins) for dimension 0")
        }
        guard max >= min else { throw TensorError(.invalidArgument, "torch.histc: max must be larger than min") }
        let x = try noGrad { try contiguous() }
        switch dtype {
        case .float64: return try x.histogram(of: Double.self, bins: bins, min: min, max: max)
        default: return try x.histogram(of: Float.self, bins: bins, min: min, max: max)
        }
    }

    /// `histc` of this contiguous tensor's elements of type `T`, computed in `T` as PyTorch computes it.
    private func histogram<T: FloatScalar>(of type: T.Type, bins: Int, min: Double, max: Double) throws -> Tensor {
        let elements = UnsafeBufferPointer(start: constPointer(T.self), count: count)
        var (low, high) = (T(min), T(max))
        if low == high && !elements.isEmpty {
            // PyTorch's aminmax over the data; a NaN anywhere makes both ends NaN.
            (low, high) = (elements[0], elements[0])
            for element in elements {
                if element.isNaN {
                    (low, high) = (.nan, .nan)
                    break
                }
                low = Swift.min(low, element)
                high = Swift.max(high, element)
            }
        }
        guard low.isFinite && high.isFinite else {
            throw TensorError(
                .invalidArgument,
                "torch.histc: range of [\(Self.rangeText(low)), \(Self.rangeText(high))] is not finite")
        }
        if low == high {
            low -= 1
            high += 1
        }
        var counts = [T](repeating: 0, count: bins)
        for element in elements where element >= low && element <= high {
            // PyTorch's linear bin selection: the position scaled in T, truncated; `high` joins the last bin.
            let position = Int((element - low) * T(bins) / (high - low))
            counts[Swift.min(position, bins - 1)] += 1
        }
        return try Tensor(shape: [bins], elements: counts)
    }

    /// A range end as PyTorch's message prints it, C++'s default float format (`1`, `inf`, `-nan`).
    private static func rangeText<T: FloatScalar>(_ value: T) -> String {
        value.isNaN ? "-nan" : String(format: "%g", Double(value))
    }
}
