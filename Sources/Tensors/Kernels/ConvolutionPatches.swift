import CKernels

/// The data-movement loops of convolution in CKernels for one element type.
struct PatchLoops<T> {
    typealias Move = (UnsafePointer<lesson_conv_shape>?, UnsafePointer<T>?, Int, UnsafeMutablePointer<T>?) -> Void
    typealias Transpose = (UnsafePointer<T>?, Int, Int, Int, UnsafeMutablePointer<T>?, Int) -> Void
    let unfold: Move
    let fold: Move
    let transpose: Transpose
}

/// A float type with the data-movement loops of convolution.
protocol PatchScalar: FloatScalar {
    static var patchLoops: PatchLoops<Self> { get }
}

extension Float: PatchScalar {
    static let patchLoops = PatchLoops<Float>(
        unfold: lesson_f32_unfold, fold: lesson_f32_fold, transpose: lesson_f32_transpose)
}

extension Double: PatchScalar {
    static let patchLoops = PatchLoops<Double>(
        unfold: lesson_f64_unfold, fold: lesson_f64_fold, transpose: lesson_f64_transpose)
}

extension PatchScalar {
    /// `destination[c * destinationStride + r] = source[r * sourceStride + c]` for `rows x columns` elements.
    static func transpose(
        _ source: UnsafePointer<Self>, _ rows: Int, _ columns: Int, _ sourceStride: Int,
        _ destination: UnsafeMutablePointer<Self>, _ destinationStride: Int
    ) { patchLoops.transpose(source, rows, columns, sourceStride, destination, destinationStride) }
}

extension ConvolutionGeometry {
    /// The sizes of one group, for the C loops.
    private var patchShape: lesson_conv_shape {
        lesson_conv_shape(
            channels: groupInChannels, height: height, width: width, kernel_height: kernelHeight,
            kernel_width: kernelWidth, stride_height: stride.height, stride_width: stride.width,
            padding_height: padding.height, padding_width: padding.width, dilation_height: dilation.height,
            dilation_width: dilation.width, out_height: outHeight, out_width: outWidth)
    }

    /// Copies the receptive fields of one group of `count` interleaved images (element `(c, y, x)` of image `n` at
    /// `((c * H + y) * W + x) * count + n`) into `columns` ("im2col"): row `(c * kH + i) * kW + j` holds, for every
    /// output position and image, the input element under kernel tap `(i, j)` of channel `c`, or zero where the
    /// tap falls in the padding. The convolution is then one matrix product with the weights.
    func unfold<T: PatchScalar>(_ images: UnsafePointer<T>, count: Int, into columns: UnsafeMutablePointer<T>) {
        var shape = patchShape
        T.patchLoops.unfold(&shape, images, count, columns)
    }

    /// The reverse of `unfold` for gradients ("col2im"): adds every element of `columns` into the image element it
    /// was copied from, in a fixed order, so overlapping windows sum the same way on every run.
    func fold<T: PatchScalar>(_ columns: UnsafePointer<T>, count: Int, into images: UnsafeMutablePointer<T>) {
        var shape = patchShape
        T.patchLoops.fold(&shape, columns, count, images)
    }
}
