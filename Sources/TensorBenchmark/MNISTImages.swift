import Foundation
import PNGCodec
import Tensors

/// The MNIST images of one folder of the MNIST_SAMPLE layout as uint8 `[28, 28]` tensors, in sorted file order.
func loadDigitImages(folder: URL) throws -> [Tensor] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".png") }
        .sorted()
    let paths = names.map { folder.appendingPathComponent($0).path }
    return try PNGImage.decodeAll(paths: paths).map { result in
        let image = try result.get()
        return try Tensor(shape: [image.height, image.width], elements: image.pixels)
    }
}
