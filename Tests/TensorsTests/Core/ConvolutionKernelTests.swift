import Testing

@testable import Tensors

/// The weight gradient is the same bits whether the forward pass kept its unfolded images (the usual case) or the
/// backward pass unfolds them again (convolutions whose unfolded images would pass 64 MB), and both match a direct
/// sum in double.
@Suite struct ConvolutionKernelTests {
    struct Case: CustomStringConvertible, Sendable {
        let input: [Int], weight: [Int], stride: Int, padding: Int, dilation: Int, groups: Int
        var description: String { "\(input) * \(weight) s\(stride) p\(padding) d\(dilation) g\(groups)" }
    }

    static let cases = [
        Case(input: [9, 2, 8, 8], weight: [3, 2, 3, 3], stride: 1, padding: 0, dilation: 1, groups: 1),
        Case(input: [3, 4, 18, 17], weight: [4, 2, 3, 3], stride: 1, padding: 1, dilation: 2, groups: 2),
        Case(input: [20, 1, 12, 12], weight: [8, 1, 5, 5], stride: 2, padding: 2, dilation: 1, groups: 1),
    ]

    @Test(arguments: cases)
    func weightGradientWithAndWithoutKeptImages(_ shape: Case) throws {
        manualSeed(5)
        let x = try randn(shape.input)
        let w = try randn(shape.weight)
        let geometry = try ConvolutionGeometry(
            input: x, weight: w, bias: nil, stride: ConvPair(shape.stride), padding: ConvPair(shape.padding),
            dilation: ConvPair(shape.dilation), groups: shape.groups)
        let output = try Tensor(
            uninitializedShape: [geometry.batch, geometry.outChannels, geometry.outHeight, geometry.outWidth],
            dtype: .float32)
        let kept = try Tensor(
            uninitializedShape: [geometry.productCount * shape.groups * geometry.unfoldedCount], dtype: .float32)
        try geometry.forward(Float.self, input: x, weight: w, bias: nil, output: output, keep: kept)
        let g = try randn(output.shape)
        let fromKept = try geometry.weightGradient(Float.self, gradient: g, input: x, kept: kept)
        let unfoldedAgain = try geometry.weightGradient(Float.self, gradient: g, input: x)
        #expect(storedValues(fromKept).map(\.bitPattern) == storedValues(unfoldedAgain).map(\.bitPattern))
        let reference = directWeightGradient(geometry, x: storedValues(x), g: storedValues(g))
        for (value, expected) in zip(storedValues(fromKept), reference) {
            #expect(isClose(value, expected, relative: 1e-4, absolute: 1e-4))
        }
    }

    /// dL/dw[o, c, i, j] = sum over images and output positions of g[n, o, y, x] * x[n, group's c, y·s + i·d − p, …].
    private func directWeightGradient(_ geometry: ConvolutionGeometry, x: [Double], g: [Double]) -> [Double] {
        let (kh, kw) = (geometry.kernelHeight, geometry.kernelWidth)
        var result = [Double](repeating: 0, count: geometry.outChannels * geometry.groupKernelSize)
        for n in 0..<geometry.batch {
            for o in 0..<geometry.outChannels {
                let group = o / geometry.groupOutChannels
                for c in 0..<geometry.groupInChannels {
                    let channel = group * geometry.groupInChannels + c
                    for i in 0..<kh {
                        for j in 0..<kw {
                            var total = 0.0
                            for y in 0..<geometry.outHeight {
                                for xo in 0..<geometry.outWidth {
                                    let iy =
                                        y * geometry.stride.height + i * geometry.dilation.height
                                        - geometry.padding.height
                                    let ix =
                                        xo * geometry.stride.width + j * geometry.dilation.width
                                        - geometry.padding.width
                                    guard iy >= 0, iy < geometry.height, ix >= 0, ix < geometry.width else { continue }
                                    let input = x[
                                        ((n * geometry.inChannels + channel) * geometry.height + iy)
                                            * geometry.width + ix]
                                    total +=
                                        g[
                                            ((n * geometry.outChannels + o) * geometry.outHeight + y)
                                                * geometry.outWidth + xo] * input
                                }
                            }
                            result[((o * geometry.groupInChannels + c) * kh + i) * kw + j] += total
                        }
                    }
                }
            }
        }
        return result
    }
}
