import CKernels

/// The batch-normalisation loops of CKernels for one element type (see normalization_kernels.h).
struct NormalizationLoops<T> {
    let wideSum: (UnsafePointer<T>?, Int) -> Double
    let centeredSquareSum: (UnsafePointer<T>?, Double, Int) -> Double
    let centeredDot: (UnsafePointer<T>?, Double, UnsafePointer<T>?, Int) -> Double
    let scaleShift: (UnsafePointer<T>?, T, T, UnsafeMutablePointer<T>?, Int) -> Void
    let gradient: (UnsafePointer<T>?, UnsafePointer<T>?, T, T, T, T, T, UnsafeMutablePointer<T>?, Int) -> Void
}

/// A float type with the batch-normalisation loops.
protocol BatchNormScalar: FloatScalar {
    static var normalizationLoops: NormalizationLoops<Self> { get }
}

extension Float: BatchNormScalar {
    static let normalizationLoops = NormalizationLoops<Float>(
        wideSum: lesson_f32_wide_sum, centeredSquareSum: lesson_f32_centered_square_sum,
        centeredDot: lesson_f32_centered_dot, scaleShift: lesson_f32_scale_shift,
        gradient: lesson_f32_batch_norm_gradient)
}

extension Double: BatchNormScalar {
    static let normalizationLoops = NormalizationLoops<Double>(
        wideSum: lesson_f64_wide_sum, centeredSquareSum: lesson_f64_centered_square_sum,
        centeredDot: lesson_f64_centered_dot, scaleShift: lesson_f64_scale_shift,
        gradient: lesson_f64_batch_norm_gradient)
}

/// The per-channel numbers of the training-mode input gradient (see `ChannelRuns.inputGradient`).
struct BatchNormGradientCoefficients<T> {
    var mean: T, k: T, gradMean: T, invstd: T, weight: T
}

/// A contiguous `[N, C, *]` tensor seen as `N x C` runs of `spatial` elements; batch normalisation works per
/// channel, so channels are split across threads and each channel's runs are visited in order (the same sums
/// whatever the thread count).
struct ChannelRuns {
    let batch: Int
    let channels: Int
    let spatial: Int

    /// The elements per channel.
    var perChannel: Int { batch * spatial }

    /// Runs `body(channel)` for every channel, split across threads.
    func forEachChannel(_ body: (Int) -> Void) {
        let grain = Swift.max(1, Parallelism.grain / Swift.max(perChannel, 1))
        Parallelism.forEachRange(count: channels, grain: grain) { range in
            for channel in range { body(channel) }
        }
    }

    /// The offset of run (`image`, `channel`).
    @inline(__always)
    func run(_ image: Int, _ channel: Int) -> Int { (image * channels + channel) * spatial }

    /// Each channel's mean and biased variance (two passes, in double).
    func statistics<T: BatchNormScalar>(_ x: UnsafePointer<T>) -> (mean: [Double], variance: [Double]) {
        var mean = [Double](repeating: 0, count: channels)
        var variance = [Double](repeating: 0, count: channels)
        let count = Double(perChannel)
        mean.withUnsafeMutableBufferPointer { means in
            variance.withUnsafeMutableBufferPointer { variances in
                forEachChannel { channel in
                    var sum = 0.0
                    for image in 0..<batch { sum += T.normalizationLoops.wideSum(x + run(image, channel), spatial) }
                    let average = sum / count
                    var squares = 0.0
                    for image in 0..<batch {
                        squares += T.normalizationLoops.centeredSquareSum(x + run(image, channel), average, spatial)
                    }
                    means[channel] = average
                    variances[channel] = squares / count
                }
            }
        }
        return (mean, variance)
    }

    /// `out = x * scale[c] + shift[c]` in every channel.
    func scaleShift<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, scale: [T], shift: [T], into out: UnsafeMutablePointer<T>
    ) {
        forEachChannel { channel in
            for image in 0..<batch {
                let offset = run(image, channel)
                T.normalizationLoops.scaleShift(x + offset, scale[channel], shift[channel], out + offset, spatial)
            }
        }
    }

    /// Each channel's sum of `gradient` and sum of `(x - mean) * gradient`.
    func gradientSums<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, _ gradient: UnsafePointer<T>, mean: [Double]
    ) -> (sum: [Double], dot: [Double]) {
        var sums = [Double](repeating: 0, count: channels)
        var dots = [Double](repeating: 0, count: channels)
        sums.withUnsafeMutableBufferPointer { sums in
            dots.withUnsafeMutableBufferPointer { dots in
                forEachChannel { channel in
                    var sum = 0.0
                    var dot = 0.0
                    for image in 0..<batch {
                        let offset = run(image, channel)
                        sum += T.normalizationLoops.wideSum(gradient + offset, spatial)
                        dot += T.normalizationLoops.centeredDot(x + offset, mean[channel], gradient + offset, spatial)
                    }
                    sums[channel] = sum
                    dots[channel] = dot
                }
            }
        }
        return (sums, dots)
    }

    /// The training-mode input gradient `(dy - gradMean - (x - mean) * k) * invstd * weight`, with each channel's
    /// coefficients.
    func inputGradient<T: BatchNormScalar>(
        _ x: UnsafePointer<T>, _ gradient: UnsafePointer<T>, _ coefficients: [BatchNormGradientCoefficients<T>],
        into out: UnsafeMutablePointer<T>
    ) {
        forEachChannel { channel in
            for image in 0..<batch {
                let offset = run(image, channel)
                let c = coefficients[channel]
                T.normalizationLoops.gradient(
                    x + offset, gradient + offset, c.mean, c.k, c.gradMean, c.invstd, c.weight, out + offset, spatial)
            }
        }
    }
}
