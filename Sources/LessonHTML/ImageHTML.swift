import Foundation
import LessonDisplay
import PNGCodec

/// Images as `<figure>`s holding a PNG `data:` URI: the displayed pixels (colour map applied) enlarged to a
/// readable size (a 28x28 digit to 168x168 CSS pixels) with `image-rendering: pixelated`, so every pixel stays a
/// crisp square at any zoom and in print. The PNG itself is scaled up by nearest-neighbour sampling too, by at
/// most 4, so that viewers which smooth images still show clear pixels; a larger factor would cost encoding
/// time (about 0.9 ms for a 168x168 PNG against 0.5 ms at 112x112) for no visible gain in browsers.
enum ImageHTML {
    /// The longest side, in CSS pixels, that a single image is enlarged to (a 28x28 digit becomes 168x168).
    static let singleTarget = 168
    /// The longest side that the images of a grid are enlarged to, before narrowing for many columns.
    static let gridTarget = 112
    /// The widest a row of grid images gets, in CSS pixels.
    static let gridRowWidth = 672
    /// The largest factor the PNG's own pixels are enlarged by.
    static let maximumPNGFactor = 4

    /// One image, titled above as matplotlib titles an axes.
    static func html(_ image: ImageDisplay) -> String {
        "<figure class=\"image\">" + figureContent(image, target: singleTarget) + "</figure>\n"
    }

    /// Images in a grid of `columns` columns, filled row by row (`showImages`).
    static func gridHTML(_ images: [ImageDisplay], columns: Int) -> String {
        let target = max(28, min(gridTarget, gridRowWidth / max(columns, 1)))
        var html = "<div class=\"image-grid\" style=\"grid-template-columns:repeat(\(max(columns, 1)),max-content)\">\n"
        for image in images {
            html += "<figure class=\"image\">" + figureContent(image, target: target) + "</figure>\n"
        }
        return html + "</div>\n"
    }

    /// The caption and the `<img>`.
    private static func figureContent(_ image: ImageDisplay, target: Int) -> String {
        let caption = image.title.map { "<figcaption>\($0.htmlEscaped)</figcaption>" } ?? ""
        let factor = max(1, target / max(image.width, image.height))
        let alt = "image \(image.width)x\(image.height)" + (image.title.map { ": " + $0 } ?? "")
        do {
            return caption + "<img class=\"pixelated\" src=\"\(try pngDataURI(image, factor: factor))\" width=\""
                + "\(image.width * factor)\" height=\"\(image.height * factor)\" alt=\"\(alt.htmlEscaped)\">"
        } catch {
            return caption + "<p class=\"render-problem\">\(alt.htmlEscaped) could not be drawn: "
                + "\(error.description.htmlEscaped)</p>"
        }
    }

    /// The image's displayed pixels as a PNG `data:` URI, its pixels enlarged `factor` times (at most
    /// ``maximumPNGFactor``) by nearest-neighbour sampling.
    static func pngDataURI(_ image: ImageDisplay, factor: Int) throws(PNGError) -> String {
        let pixels = image.displayedPixels()
        let png = try PNGImage(
            width: image.width, height: image.height, channels: pixels.channels, pixels: pixels.bytes
        )
        .scaledUp(by: min(max(factor, 1), maximumPNGFactor)).encoded()
        return "data:image/png;base64," + Data(png).base64EncodedString()
    }
}
