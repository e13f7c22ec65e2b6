import CKernels

/// A float type with the batch-normalisation loops of CKernels.
protocol BatchNormScalar: FloatScalar {
    static func wideSum(_ a: UnsafePointer<Self>, _ count: Int) -> Double
    static func centeredSquareSum(_ a: UnsafePointer<Self>, _ mean: Double, _ count: Int) -> Double
    static func centeredDot(_ a: UnsafePointer<Self>, _ mean: Double, _ b: UnsafePointer<Self>, _ count: Int) -> Double
    static func scaleShift(
        _ a: UnsafePointer<Self>, _ scale: Self, _ shift: Self, _ out: UnsafeMutablePointer<Self>, _ count: Int)
    static func batchNormGradient(
        _ x: UnsafePointer<Self>, _ dy: UnsafePointer<Self>, _ coefficients: BatchNormGradientCoefficients<Self>,
        _ out: UnsafeMutablePointer<Self>, _ count: Int)
}

/// The per-channel numbers of the training-mode input gradient (see `ChannelRuns.inputGradient`).
struct BatchNormGradientCoefficients<T> {
    var mean: T, k: T, gradMean: T, invstd: T, weight: T
}

extension Float: BatchNormScalar {
    static func wideSum(_ a: UnsafePointer<Float>, _ count: Int) -> Double { lesson_f32_wide_sum(a, count) }
    static func centeredSquareSum(_ a: UnsafePointer<Float>, _ mean: Double, _ count: Int) -> Double {
        lesson_f32_centered_square_sum(a, mean, count)
    }
    static func centeredDot(
        _ a: UnsafePointer<Float>, _ mean: Double, _ b: UnsafePointer<Float>, _ count: Int
    )
        -> Double
    { lesson_f32_centered_dot(a, mean, b, count) }
    static func scaleShift(
        _ a: UnsafePointer<Float>, _ scale: Float, _ shift: Float, _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) { lesson_f32_scale_shift(a, scale, shift, out, count) }
    static func batchNormGradient(
        _ x: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ c: BatchNormGradientCoefficients<Float>,
        _ out: UnsafeMutablePointer<Float>, _ count: Int
    ) { lesson_f32_batch_norm_gradient(x, dy, c.mean, c.k, c.gradMean, c.invstd, c.weight, out, count) }
}

extension Double: BatchNormScalar {
    static func wideSum(_ a: UnsafePointer<Double>, _ count: Int) -> Double { lesson_f64_wide_sum(a, count) }
    static func centeredSquareSum(_ a: UnsafePointer<Double>, _ mean: Double, _ count: Int) -> Double {
        lesson_f64_centered_square_sum(a, mean, count)
    }
    static func centeredDot(
        _ a: UnsafePointer<Double>, _ mean: Double, _ b: UnsafePointer<Double>, _ count: Int
    )
        -> Double
    { lesson_f64_centered_dot(a, mean, b, count) }
    static func scaleShift(
        _ a: UnsafePointer<Double>, _ scale: Double, _ shift: Double, _ out: UnsafeMutablePointer<Double>,
        _ count: Int
    ) { lesson_f64_scale_shift(a, scale, shift, out, count) }
    static func batchNormGradient(
        _ x: UnsafePointer<Double>, _ dy: UnsafePointer<Double>, _ c: BatchNormGradientCoefficients<Double>,
        _ out: UnsafeMutablePointer<Double>, _ count: Int
    ) { lesson_f64_batch_norm_gradient(x, dy, c.mean, c.k, c.gradMean, c.invstd, c.weight, out, count) }
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
                    for image in 0..<batch { sum += T.wideSum(x + run(image, channel), spatial) }
                    let average = sum / count
                    var squares = 0.0
                    for image in 0..<batch { squares += T.centeredSquareSum(x + run(image, channel), average, spatial) }
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
                T.scaleShift(x + offset, scale[channel], shift[channel], out + offset, spatial)
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
                        sum += T.wideSum(gradient + offset, spatial)
                        dot += T.centeredDot(x + offset, mean[channel], gradient + offset, spatial)
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
                T.batchNormGradient(x + offset, gradient + offset, coefficients[channel], out + offset, spatial)
            }
        }
    }
}
