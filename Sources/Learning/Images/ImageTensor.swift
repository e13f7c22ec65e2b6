import Tensors

/// The image's pixels as a tensor, as fast.ai's `tensor(im)` (that is `tensor(np.array(im))`) gives them: uint8
/// of shape `[height, width]` for grey images and `[height, width, channels]` for the others; `dtype` converts.
///
/// ```swift
/// let im3 = try Image.open(threes[1])
/// try tensor(im3).shape               // [28, 28]
/// try tensor(im3)[4..<10, 4..<10]     // the top-left of the digit
/// try tensor(im3, dtype: .float32)    // float32 values 0...255
/// ```
public func tensor(_ image: Image, dtype: DType? = nil) throws -> Tensor {
    let png = image.png
    let shape = png.channels == 1 ? [png.height, png.width] : [png.height, png.width, png.channels]
    let result = try Tensor(shape: shape, elements: png.pixels)
    return try dtype.map { try result.to($0) } ?? result
}
