import LessonDisplay
import LessonScript
import Tensors

/// `showImage(t, title: "3")` (or on given axes, `showImage(t, ax: axs[1])`) and `showImages(ts, nrows: 1,
/// titles: [...])`, as fast.ai's `show_image` and `show_images`: an image is a `[H, W]` tensor, or `[C, H, W]`
/// with `C` below 5 (moved to `[H, W, C]`), or `[H, W, C]`; one channel goes through a colour map (`Greys` by default, `cmap:` to change it) scaled
/// from its minimum to its maximum, three channels are RGB.
func registerImageDisplay(in table: BindingTable) {
    table.function("showImage(_:title?:cmap?:ax?:)") { call in
        let title = try call["title"]?.asString()
        let colourMap = try call.colourMap("cmap", default: .greys)
        if let ax = call["ax"] {
            // fast.ai's show_image on given axes: imshow there, the title above, no axis.
            let image = try imageDisplay(call.value(0), title: nil, colourMap: colourMap)
            try ax.asNative(AxesHandle.self).draw { axes in
                axes.image = image
                axes.title = title ?? axes.title
                axes.showsAxis = false
            }
            return .void
        }
        call.display(.image(try imageDisplay(call.value(0), title: title, colourMap: colourMap)))
        return .void
    }
    table.function("showImages(_:nrows?:titles?:cmap?:)") { call in
        let items = try imageItems(call.value(0))
        let titles = try call["titles"]?.asArray().map { try $0.asString() } ?? []
        let colourMap = try call.colourMap("cmap", default: .greys)
        guard !items.isEmpty else { throw BindingError("showImages: no images to show") }
        let rows = try call["nrows"]?.asInt() ?? 1
        guard rows > 0 else { throw BindingError("showImages: nrows must be positive, got \(rows)") }
        let columns = (items.count + rows - 1) / rows
        let images = try items.enumerated().map { index, item in
            try imageDisplay(item, title: index < titles.count ? titles[index] : nil, colourMap: colourMap)
        }
        call.display(.imageGrid(images, rows: rows, columns: columns))
        return .void
    }
}

/// The images of `showImages`: an array's elements, or a tensor's slices along its first dimension.
private func imageItems(_ value: Value) throws -> [Value] {
    if case .array(let items) = value { return items }
    let tensor = try value.asDisplayTensor()
    guard tensor.ndim >= 3 else {
        throw BindingError("showImages: expected an array of images or a tensor of images, got shape \(tensor.shape)")
    }
    return try (0..<tensor.shape[0]).map { .native(try tensor.select(0, $0)) }
}

/// An image from a tensor (or nested arrays of numbers), laid out as fast.ai's `show_image` lays it out.
func imageDisplay(_ value: Value, title: String?, colourMap: ColourMap) throws -> ImageDisplay {
    var tensor = try value.asDisplayTensor()
    if tensor.ndim == 3 && tensor.shape[0] < 5 { tensor = try tensor.permute(1, 2, 0) }
    if tensor.ndim == 3 && tensor.shape[2] == 1 { tensor = try tensor.squeeze(2) }
    let shape = tensor.shape
    guard shape.count == 2 || (shape.count == 3 && shape[2] == 3) else {
        throw BindingError("Invalid shape \(shape) for image data (expected [H, W], [H, W, 3] or [3, H, W])")
    }
    let channels = shape.count == 2 ? 1 : 3
    let values = try tensor.doubleElements()
    let samples: ImageDisplay.Samples
    if tensor.dtype == .uint8 {
        samples = .bytes(values.map { UInt8($0) })
    } else if channels == 3 && !tensor.dtype.isFloatingPoint {
        // Integer RGB is 0...255, clipped, as matplotlib takes it.
        samples = .bytes(values.map { UInt8(min(max($0, 0), 255)) })
    } else {
        samples = .doubles(values)
    }
    do {
        return try ImageDisplay(
            width: shape[1], height: shape[0], channels: channels, samples: samples, colourMap: colourMap, title: title)
    } catch {
        throw BindingError(error.message)
    }
}
