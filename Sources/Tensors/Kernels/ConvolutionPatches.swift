import CKernels

/// A float type with the data-movement loops of convolution in CKernels.
protocol PatchScalar: FloatScalar {
    static func unfold(
        _ shape: inout lesson_conv_shape, _ images: UnsafePointer<Self>, _ count: Int,
        _ columns: UnsafeMutablePointer<Self>)
    static func fold(
        _ shape: inout lesson_conv_shape, _ columns: UnsafePointer<Self>, _ count: Int,
        _ images: UnsafeMutablePointer<Self>)
    static func transpose(
        _ source: UnsafePointer<Self>, _ rows: Int, _ columns: Int, _ sourceStride: Int,
        _ destination: UnsafeMutablePointer<Self>, _ destinationStride: Int)
}

extension Float: PatchScalar {
    static func unfold(
        _ shape: inout lesson_conv_shape, _ images: UnsafePointer<Float>, _ count: Int,
        _ columns: UnsafeMutablePointer<Float>
    ) { lesson_f32_unfold(&shape, images, count, columns) }
    static func fold(
        _ shape: inout lesson_conv_shape, _ columns: UnsafePointer<Float>, _ count: Int,
        _ images: UnsafeMutablePointer<Float>
    ) { lesson_f32_fold(&shape, columns, count, images) }
    static func transpose(
        _ source: UnsafePointer<Float>, _ rows: Int, _ columns: Int, _ sourceStride: Int,
        _ destination: UnsafeMutablePointer<Float>, _ destinationStride: Int
    ) { lesson_f32_transpose(source, rows, columns, sourceStride, destination, destinationStride) }
}

extension Double: PatchScalar {
    static func unfold(
        _ shape: inout lesson_conv_shape, _ images: UnsafePointer<Double>, _ count: Int,
        _ columns: UnsafeMutablePointer<Double>
    ) { lesson_f64_unfold(&shape, images, count, columns) }
    static func fold(
        _ shape: inout lesson_conv_shape, _ columns: UnsafePointer<Double>, _ count: Int,
        _ images: UnsafeMutablePointer<Double>
    ) { lesson_f64_fold(&shape, columns, count, images) }
    static func transpose(
        _ source: UnsafePointer<Double>, _ rows: Int, _ columns: Int, _ sourceStride: Int,
        _ destination: UnsafeMutablePointer<Double>, _ destinationStride: Int
    ) { lesson_f64_transpose(source, rows, columns, sourceStride, destination, destinationStride) }
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
        T.unfold(&shape, images, count, columns)
    }

    /// The reverse of `unfold` for gradients ("col2im"): adds every element of `columns` into the image element it
    /// was copied from, in a fixed order, so overlapping windows sum the same way on every run.
    func fold<T: PatchScalar>(_ columns: UnsafePointer<T>, count: Int, into images: UnsafeMutablePointer<T>) {
        var shape = patchShape
        T.fold(&shape, columns, count, images)
    }
}
