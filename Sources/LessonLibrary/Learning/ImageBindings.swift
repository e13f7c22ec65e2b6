import Learning
import LessonDisplay
import LessonScript
import Tensors

/// `Image.open(path)` (a `Path` or a `String`), the image's `width`, `height`, `size` and `mode`; an image as a cell's
/// final value is drawn in the page as Jupyter shows one, and written `<Image mode=L size=28x28>`; `tensor(image)`
/// (uint8 `[h, w]` or `[h, w, c]`; `dtype:` converts), and `loadImages(folder)` / `loadImages(paths)`, the
/// parallel batch form of `paths.map { tensor(Image.open($0)) }`, which reports the files decoded to `progress`.
/// Files are read only where `access` allows.
func registerImages(in table: BindingTable, access: ReadAccess, progress: (any ProgressReporter)?) {
    let image = table.type(Image.self, name: "Image")
    image.display { $0.description }
    image.finalValueDisplay { image, offset in
        let text = image.summary
        if let picture = try? pagePicture(of: image) {
            DisplayLog.current?.record(.image(picture), printedAt: offset..<offset + text.utf8.count)
        }
        return text
    }
    image.staticMethod("open(_:)") { call in
        let path = try call.value(0).asPath()
        return try access.reportingDataErrors {
            try access.checkFile(path)
            return .native(try Image.open(path))
        }
    }
    image.property("width") { .int($0.width) }
    image.property("height") { .int($0.height) }
    image.property("size") { .tuple(TupleValue([.int($0.width), .int($0.height)])) }
    image.property("mode") { .string($0.mode) }

    table.function("tensor(_:dtype?:)", where: { arguments in isImage(arguments[0]) }) { call in
        let image = try call.value(0).asNative(Image.self)
        return .native(try tensor(image, dtype: call["dtype"]?.asDType()))
    }
    table.function("loadImages(_:)") { call in
        let source = try call.value(0)
        return try access.reportingDataErrors {
            let tensors: [Tensor]
            if source.isPathLike {
                let folder = try source.asPath()
                try access.check(folder)
                try access.checkEntries(try folder.ls())
                tensors = try loadImages(folder, progress: progress)
            } else {
                let paths = try source.asArray().map { try $0.asPath() }
                for path in paths { try access.checkFile(path) }
                tensors = try loadImages(paths, progress: progress)
            }
            return .array(tensors.map(Value.native))
        }
    }
}

private func isImage(_ value: Value?) -> Bool {
    if case .native(let object)? = value { return object is Image }
    return false
}

/// The image as Jupyter shows a Pillow image: its own pixels, grey levels 0 (black) to 255 (white) or RGB; an alpha
/// channel is left out.
private func pagePicture(of image: Image) throws -> ImageDisplay {
    let channels = image.png.channels
    let shown = channels >= 3 ? 3 : 1
    let pixels = image.pixels
    let count = image.width * image.height
    var samples = [UInt8](repeating: 0, count: count * shown)
    for pixel in 0..<count {
        for channel in 0..<shown { samples[pixel * shown + channel] = pixels[pixel * channels + channel] }
    }
    return try ImageDisplay(
        width: image.width, height: image.height, channels: shown, samples: .bytes(samples), valueRange: 0...255,
        colourMap: .gray)
}
