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
        return try PNGImage(decoding: try #require(decodeBase64(String(payload))))
    }

    static func decodeBase64(_ text: String) -> [UInt8]? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var values: [UInt8] = []
        for character in text where character != "=" {
            guard let index = alphabet.firstIndex(of: character) else { return nil }
            values.append(UInt8(index))
        }
        var bytes: [UInt8] = []
        var index = 0
        while index + 1 < values.count {
            let chunk = values[index..<min(index + 4, values.count)]
            let bits = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << UInt32(18 - 6 * $1.offset) }
            for byte in 0..<(chunk.count - 1) { bytes.append(UInt8(bits >> UInt32(16 - 8 * byte) & 0xFF)) }
            index += 4
        }
        return bytes
    }

    @Test func base64MatchesTheStandard() {
        #expect(base64([]) == "")
        #expect(base64(Array("f".utf8)) == "Zg==")
        #expect(base64(Array("fo".utf8)) == "Zm8=")
        #expect(base64(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(Self.decodeBase64(base64(Array(0...255))) == Array(0...255))
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
