import Testing

@testable import Tensors

/// The kernels against direct sums in double, on sizes that put one image in a product, several, and several with
/// a last product holding fewer, with and without padding, dilation and groups.
@Suite struct ConvolutionKernelTests {
    struct Case: CustomStringConvertible, Sendable {
        let input: [Int], weight: [Int], stride: Int, padding: Int, dilation: Int, groups: Int
        var description: String { "\(input) * \(weight) s\(stride) p\(padding) d\(dilation) g\(groups)" }
    }

    static let cases = [
        Case(input: [9, 2, 8, 8], weight: [3, 2, 3, 3], stride: 1, padding: 0, dilation: 1, groups: 1),
        Case(input: [3, 4, 18, 17], weight: [4, 2, 3, 3], stride: 1, padding: 1, dilation: 2, groups: 2),
        Case(input: [20, 1, 12, 12], weight: [8, 1, 5, 5], stride: 2, padding: 2, dilation: 1, groups: 1),
        // 250 output positions: products of 24 images, the last of 2.
        Case(input: [26, 2, 12, 27], weight: [4, 1, 3, 3], stride: 1, padding: 0, dilation: 1, groups: 2),
        Case(input: [70, 4, 3, 3], weight: [6, 4, 1, 1], stride: 1, padding: 0, dilation: 1, groups: 1),
    ]

    @Test(arguments: cases)
    func kernelsMatchDirectSums(_ shape: Case) throws {
        manualSeed(5)
        let x = try randn(shape.input)
        let w = try randn(shape.weight)
        let geometry = try ConvolutionGeometry(
            input: x, weight: w, bias: nil, stride: ConvPair(shape.stride), padding: ConvPair(shape.padding),
            dilation: ConvPair(shape.dilation), groups: shape.groups)
        let output = try Tensor(
            uninitializedShape: [geometry.batch, geometry.outChannels, geometry.outHeight, geometry.outWidth],
            dtype: .float32)
        try geometry.forward(Float.self, input: x, weight: w, bias: nil, output: output)
        let g = try randn(output.shape)
        let (inputGradient, weightGradient) = try geometry.backward(
            Float.self, gradient: g, input: x, weight: w, inputGradient: true, weightGradient: true)
        let (outputs, inputGradients) = directForwardAndInputGradient(
            geometry, x: storedValues(x), w: storedValues(w), g: storedValues(g))
        let weightGradients = directWeightGradient(geometry, x: storedValues(x), g: storedValues(g))
        for (name, actual, expected) in [
            ("output", output, outputs), ("input gradient", inputGradient!, inputGradients),
            ("weight gradient", weightGradient!, weightGradients),
        ] {
            #expect(actual.count == expected.count, "\(name)")
            #expect(
                zip(storedValues(actual), expected).allSatisfy { isClose($0, $1, relative: 1e-4, absolute: 1e-4) },
                "\(name)")
        }
    }

    /// The output, and the input gradient for the output gradient `g`, by visiting every (image, output channel,
    /// position, tap) once.
    private func directForwardAndInputGradient(
        _ geometry: ConvolutionGeometry, x: [Double], w: [Double], g: [Double]
    ) -> (output: [Double], inputGradient: [Double]) {
        var output = [Double](repeating: 0, count: geometry.batch * geometry.outputSize)
        var inputGradient = [Double](repeating: 0, count: x.count)
        forEachTap(geometry) { inputIndex, weightIndex, outputIndex in
            output[outputIndex] += x[inputIndex] * w[weightIndex]
            inputGradient[inputIndex] += g[outputIndex] * w[weightIndex]
        }
        return (output, inputGradient)
    }

    /// dL/dw = sum over images, output positions and taps of g times the input under the tap.
    private func directWeightGradient(_ geometry: ConvolutionGeometry, x: [Double], g: [Double]) -> [Double] {
        var result = [Double](repeating: 0, count: geometry.outChannels * geometry.groupKernelSize)
        forEachTap(geometry) { inputIndex, weightIndex, outputIndex in
            result[weightIndex] += g[outputIndex] * x[inputIndex]
        }
        return result
    }

    /// Calls `body(input, weight, output)` with the flat indices of every product of the convolution whose tap
    /// lands inside the image.
    private func forEachTap(_ geometry: ConvolutionGeometry, _ body: (Int, Int, Int) -> Void) {
        let (kh, kw) = (geometry.kernelHeight, geometry.kernelWidth)
        for n in 0..<geometry.batch {
            for o in 0..<geometry.outChannels {
                let group = o / geometry.groupOutChannels
                for c in 0..<geometry.groupInChannels {
                    let channel = group * geometry.groupInChannels + c
                    for i in 0..<kh {
                        for j in 0..<kw {
                            for y in 0..<geometry.outHeight {
                                for xo in 0..<geometry.outWidth {
                                    let iy =
                                        y * geometry.stride.height + i * geometry.dilation.height
                                        - geometry.padding.height
                                    let ix =
                                        xo * geometry.stride.width + j * geometry.dilation.width
                                        - geometry.padding.width
                                    guard iy >= 0, iy < geometry.height, ix >= 0, ix < geometry.width else { continue }
                                    body(
                                        ((n * geometry.inChannels + channel) * geometry.height + iy) * geometry.width
                                            + ix,
                                        ((o * geometry.groupInChannels + c) * kh + i) * kw + j,
                                        ((n * geometry.outChannels + o) * geometry.outHeight + y) * geometry.outWidth
                                            + xo)
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
