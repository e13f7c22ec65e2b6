import CKernels

/// The batch-normalisation loops of CKernels for one element type (see normalization_kernels.h).
struct NormalizationLoops<T> {
    typealias Runs = UnsafePointer<lesson_channel_runs>?
    let sums: (Runs, UnsafePointer<T>?, UnsafeMutablePointer<Double>?) -> Void
    let centeredSquares: (Runs, UnsafePointer<T>?, UnsafePointer<Double>?, UnsafeMutablePointer<Double>?) -> Void
    let gradientSums:
        (
            Runs, UnsafePointer<T>?, UnsafePointer<T>?, UnsafePointer<Double>?, UnsafeMutablePointer<Double>?,
            UnsafeMutablePointer<Double>?
        ) -> Void
    let scaleShift: (Runs, UnsafePointer<T>?, UnsafePointer<T>?, UnsafePointer<T>?, UnsafeMutablePointer<T>?) -> Void
    let gradient: (Runs, UnsafePointer<T>?, UnsafePointer<T>?, UnsafePointer<T>?, UnsafeMutablePointer<T>?) -> Void
}

/// A float type with the batch-normalisation loops.
protocol BatchNormScalar: FloatScalar {
    static var normalizationLoops: NormalizationLoops<Self> { get }
}

extension Float: BatchNormScalar {
    static let normalizationLoops = NormalizationLoops<Float>(
        sums: lesson_f32_channel_sums, centeredSquares: lesson_f32_channel_centered_squares,
        gradientSums: lesson_f32_channel_gradient_sums, scaleShift: lesson_f32_channel_scale_shift,
        gradient: lesson_f32_channel_gradient)
}

extension Double: BatchNormScalar {
    static let normalizationLoops = NormalizationLoops<Double>(
        sums: lesson_f64_channel_sums, centeredSquares: lesson_f64_channel_centered_squares,
        gradientSums: lesson_f64_channel_gradient_sums, scaleShift: lesson_f64_channel_scale_shift,
        gradient: lesson_f64_channel_gradient)
}

/// A contiguous `[N, C, *]` tensor seen as `N x C` runs of `spatial` elements. Batch normalisation works per
/// channel, so channels are split across threads, and each channel's runs are visited image by image (the same sums
/// whatever the thread count).
struct ChannelRuns {
    let batch: Int
    let channels: Int
    let spatial: Int

    /// The elements per channel.
    var perChannel: Int { batch * spatial }

    /// Runs `body` with the C description of each share of the channels, split across threads.
    private func forEachShare(_ body: (inout lesson_channel_runs) -> Void) {
        let grain = Swift.max(1, Parallelism.grain / Swift.max(perChannel, 1))
        Parallelism.forEachRange(count: channels, grain: grain) { range in
            var runs = lesson_channel_runs(
                batch: batch, channels: channels, spatial: spatial, first: range.lowerBound, last: range.upperBound)
            body(&runs)
        }
    }

    /// Each channel's sum, in double (a convolution's bias gradient).
    func sums<T: BatchNormScalar>(_ x: UnsafePointer<T>) -> [Double] {
        var sums = [Double](repeating: 0, count: channels)
        sums.withUnsafeMutableBufferPointer { sums in
            forEachShare { runs in T.normalizationLoops.sums(&runs, x, sums.baseAddress) }
        }
        return sums
    }

    /// Each channel's mean and biased variance (two passes, in double).
    func statistics<T: BatchNormScalar>(_ x: UnsafePointer<T>) -> (mean: [Double], variance: [Double]) {
        var mean = [Double](repeating: 0, count: channels)
        var squares = [Double](repeating: 0, count: channels)
        let count = Double(perChannel)
        mean.withUnsafeMutableBufferPointer { mean in
            squares.withUnsafeMutableBufferPointer { squares in
                forEachShare { runs in
                    T.normalizationLoops.sums(&runs, x, mean.baseAddress)
                    for channel in runs.first..<runs.last { mean[channel] /= count }
                    T.normalizationLoops.centeredSquares(&runs, x, mean.baseAddress, squares.baseAddress)
                }
            }
        }
        return (mean, squares.map { $0 / count })
    }

    /// `out = x * scale[c] + shift[c]` in every channel.
    func scaleShift<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, scale: [T], shift: [T], into out: UnsafeMutablePointer<T>
    ) {
        forEachShare { runs in T.normalizationLoops.scaleShift(&runs, x, scale, shift, out) }
    }

    /// Each channel's sum of `gradient` and sum of `(x - mean) * gradient`, in one pass.
    func gradientSums<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, _ gradient: UnsafePointer<T>, mean: [Double]
    ) -> (sum: [Double], dot: [Double]) {
        var sums = [Double](repeating: 0, count: channels)
        var dots = [Double](repeating: 0, count: channels)
        sums.withUnsafeMutableBufferPointer { sums in
            dots.withUnsafeMutableBufferPointer { dots in
                forEachShare { runs in
                    T.normalizationLoops.gradientSums(&runs, x, gradient, mean, sums.baseAddress, dots.baseAddress)
                }
            }
        }
        return (sums, dots)
    }

    /// The training-mode input gradient `(dy - gradMean - (x - mean) * k) * invstd * weight`, with each channel's
    /// five numbers in that order (mean, k, gradMean, invstd, weight) in `coefficients`.
    func inputGradient<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, _ gradient: UnsafePointer<T>, coefficients: [T], into out: UnsafeMutablePointer<T>
    ) {
        forEachShare { runs in T.normalizationLoops.gradient(&runs, x, gradient, coefficients, out) }
    }
}
