import CKernels

/// The batch-normalisation loops of CKernels for one element type (see normalization_kernels.h).
struct NormalizationLoops<T> {
    typealias Runs = UnsafePointer<lesson_channel_runs>?
    typealias Doubles = UnsafePointer<Double>?
    typealias Sums = UnsafeMutablePointer<Double>?
    let sums: (Runs, UnsafePointer<T>?, Sums) -> Void
    let normalize: (Runs, UnsafePointer<T>?, Doubles, Doubles, Double, Sums, Sums, UnsafeMutablePointer<T>?) -> Void
    let scaleShift: (Runs, UnsafePointer<T>?, UnsafePointer<T>?, UnsafePointer<T>?, UnsafeMutablePointer<T>?) -> Void
    let gradient:
        (Runs, UnsafePointer<T>?, UnsafePointer<T>?, Doubles, Doubles, Doubles, Sums, Sums, UnsafeMutablePointer<T>?) ->
            Void
}

/// A float type with the batch-normalisation loops.
protocol BatchNormScalar: FloatScalar {
    static var normalizationLoops: NormalizationLoops<Self> { get }
}

extension Float: BatchNormScalar {
    static let normalizationLoops = NormalizationLoops<Float>(
        sums: lesson_f32_channel_sums, normalize: lesson_f32_channel_normalize,
        scaleShift: lesson_f32_channel_scale_shift, gradient: lesson_f32_channel_gradient)
}

extension Double: BatchNormScalar {
    static let normalizationLoops = NormalizationLoops<Double>(
        sums: lesson_f64_channel_sums, normalize: lesson_f64_channel_normalize,
        scaleShift: lesson_f64_channel_scale_shift, gradient: lesson_f64_channel_gradient)
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

    /// Training-mode batch normalisation: each channel's mean and biased variance (two passes, in double), and
    /// `out = x * alpha + (bias - mean * alpha)` with `alpha = weight / sqrt(variance + eps)`, channel by channel.
    func normalize<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, weight: [Double], bias: [Double], eps: Double, into out: UnsafeMutablePointer<T>
    ) -> (mean: [Double], variance: [Double]) {
        var mean = [Double](repeating: 0, count: channels)
        var variance = [Double](repeating: 0, count: channels)
        mean.withUnsafeMutableBufferPointer { mean in
            variance.withUnsafeMutableBufferPointer { variance in
                forEachShare { runs in
                    T.normalizationLoops.normalize(
                        &runs, x, weight, bias, eps, mean.baseAddress, variance.baseAddress, out)
                }
            }
        }
        return (mean, variance)
    }

    /// `out = x * scale[c] + shift[c]` in every channel.
    func scaleShift<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, scale: [T], shift: [T], into out: UnsafeMutablePointer<T>
    ) {
        forEachShare { runs in T.normalizationLoops.scaleShift(&runs, x, scale, shift, out) }
    }

    /// Each channel's sum of `gradient` and sum of `(x - mean) * gradient`, and, into `out` when given, the
    /// training-mode input gradient `(dy - gradMean - (x - mean) * k) * invstd * weight`, channel by channel.
    func gradient<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, _ gradient: UnsafePointer<T>, mean: [Double], invstd: [Double], weight: [Double],
        into out: UnsafeMutablePointer<T>?
    ) -> (sum: [Double], dot: [Double]) {
        var sums = [Double](repeating: 0, count: channels)
        var dots = [Double](repeating: 0, count: channels)
        sums.withUnsafeMutableBufferPointer { sums in
            dots.withUnsafeMutableBufferPointer { dots in
                forEachShare { runs in
                    T.normalizationLoops.gradient(
                        &runs, x, gradient, mean, invstd, weight, sums.baseAddress, dots.baseAddress, out)
                }
            }
        }
        return (sums, dots)
    }
}
