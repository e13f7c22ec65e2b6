import CKernels

/// A float type with the "im2col" and "col2im" loops of CKernels.
protocol PatchScalar: FloatScalar {
    static func unfold(
        _ shape: inout lesson_conv_shape, _ image: UnsafePointer<Self>, _ columns: UnsafeMutablePointer<Self>,
        _ rowLength: Int)
    static func fold(
        _ shape: inout lesson_conv_shape, _ columns: UnsafePointer<Self>, _ rowLength: Int,
        _ image: UnsafeMutablePointer<Self>)
}

extension Float: PatchScalar {
    static func unfold(
        _ shape: inout lesson_conv_shape, _ image: UnsafePointer<Float>, _ columns: UnsafeMutablePointer<Float>,
        _ rowLength: Int
    ) { lesson_f32_unfold(&shape, image, columns, rowLength) }
    static func fold(
        _ shape: inout lesson_conv_shape, _ columns: UnsafePointer<Float>, _ rowLength: Int,
        _ image: UnsafeMutablePointer<Float>
    ) { lesson_f32_fold(&shape, columns, rowLength, image) }
}

extension Double: PatchScalar {
    static func unfold(
        _ shape: inout lesson_conv_shape, _ image: UnsafePointer<Double>, _ columns: UnsafeMutablePointer<Double>,
        _ rowLength: Int
    ) { lesson_f64_unfold(&shape, image, columns, rowLength) }
    static func fold(
        _ shape: inout lesson_conv_shape, _ columns: UnsafePointer<Double>, _ rowLength: Int,
        _ image: UnsafeMutablePointer<Double>
    ) { lesson_f64_fold(&shape, columns, rowLength, image) }
}

extension ConvolutionGeometry {
    /// The sizes of one group of one image, for the C loops.
    private var patchShape: lesson_conv_shape {
        lesson_conv_shape(
            channels: groupInChannels, height: height, width: width, kernel_height: kernelHeight,
            kernel_width: kernelWidth, stride_height: stride.height, stride_width: stride.width,
            padding_height: padding.height, padding_width: padding.width, dilation_height: dilation.height,
            dilation_width: dilation.width, out_height: outHeight, out_width: outWidth)
    }

    /// Copies the receptive fields of one group of one image (`planes`, contiguous) into the rows of `columns`
    /// ("im2col"): row `(c * kH + i) * kW + j` holds, for every output position, the input element under kernel tap
    /// `(i, j)` of channel `c`, or zero where the tap falls in the padding. Rows are `rowLength` elements apart, so
    /// several images can be unfolded side by side and multiplied with the weights at once.
    func unfold<T: PatchScalar>(_ planes: UnsafePointer<T>, into columns: UnsafeMutablePointer<T>, rowLength: Int) {
        var shape = patchShape
        T.unfold(&shape, planes, columns, rowLength)
    }

    /// The reverse of `unfold` for gradients ("col2im"): adds every element of `columns` into the image element it
    /// was copied from, in a fixed order, so overlapping windows sum the same way on every run.
    func fold<T: PatchScalar>(_ columns: UnsafePointer<T>, rowLength: Int, into planes: UnsafeMutablePointer<T>) {
        var shape = patchShape
        T.fold(&shape, columns, rowLength, planes)
    }
}
