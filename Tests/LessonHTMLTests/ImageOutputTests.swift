import Foundation
import LessonDisplay
import PNGCodec
import Testing

@testable import LessonHTML

/// The PNGs in pages decode to the displayed pixels, enlarged crisply.
struct ImageOutputTests {
    /// The first `data:image/png` payload of some HTML, decoded.
    static func firstPNG(in html: String) throws -> PNGImage {
        let start = try #require(html.range(of: "data:image/png;base64,"))
        let payload = html[start.upperBound...].prefix { $0 != "\"" }
        return try PNGImage(decoding: Array(try #require(Data(base64Encoded: String(payload)))))
    }

    @Test func imagesAreEnlargedWithNearestNeighbours() throws {
        let html = CellHTML.richHTML(.image(Samples.ramp))
        let png = try Self.firstPNG(in: html)
        #expect((png.width, png.height, png.channels) == (16, 12, 1))
        let expected = Samples.ramp.displayedPixels().bytes
        for y in 0..<12 {
            for x in 0..<16 { #expect(png.pixels[y * 16 + x] == expected[y / 4 * 4 + x / 4]) }
        }
        #expect(html.contains("width=\"168\" height=\"126\""))
    }

    @Test func colourMappedImagesAreRGB() throws {
        let png = try Self.firstPNG(in: CellHTML.richHTML(.image(Samples.viridis)))
        #expect(png.channels == 3)
        #expect(Array(png.pixels[0..<3]) == [68, 1, 84])
    }
}
