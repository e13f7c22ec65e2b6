/// `conv2d` of integer tensors: a direct loop (there is no integer BLAS), with PyTorch's wrap-around arithmetic.
extension ConvolutionGeometry {
    /// `conv(input, weight) + bias` for integer tensors, with PyTorch's wrap-around arithmetic (a direct loop:
    /// there is no integer BLAS).
    func integerForward<T: NumericScalar>(
        _ type: T.Type, input: Tensor, weight: Tensor, bias: Tensor?, output: Tensor
    ) {
        let x = input.pointer(as: T.self)
        let w = weight.pointer(as: T.self)
        let b = bias?.pointer(as: T.self)
        var out = output.pointer(as: T.self)
        for image in 0..<batch {
            for channel in 0..<outChannels {
                let group = channel / groupOutChannels
                let kernel = w + channel * groupKernelSize
                for outY in 0..<outHeight {
                    for outX in 0..<outWidth {
                        var total = b?[channel].int64Value ?? 0
                        for inChannel in 0..<groupInChannels {
                            let plane = x + image * inputSize + (group * groupInChannels + inChannel) * height * width
                            for tapY in 0..<kernelHeight {
                                let inY = outY * stride.height + tapY * dilation.height - padding.height
                                guard inY >= 0 && inY < height else { continue }
                                for tapX in 0..<kernelWidth {
                                    let inX = outX * stride.width + tapX * dilation.width - padding.width
                                    guard inX >= 0 && inX < width else { continue }
                                    let weightValue = kernel[(inChannel * kernelHeight + tapY) * kernelWidth + tapX]
                                    total &+= plane[inY * width + inX].int64Value &* weightValue.int64Value
                                }
                            }
                        }
                        out.pointee = T(castingFrom: total)
                        out += 1
                    }
                }
            }
        }
    }
}
