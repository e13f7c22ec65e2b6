import Foundation
import PNGCodec
import Testing

@Suite struct DecodingTests {
    @Test func fixturesAreLoaded() {
        #expect(Fixtures.decodable.count >= 20)
        #expect(Fixtures.broken.count >= 7)
    }

    @Test(arguments: Fixtures.decodable)
    func decodesLikePillow(name: String) throws {
        let expected = try #require(Fixtures.expected[name])
        let image = try PNGImage(contentsOfFile: Fixtures.path(name))
        #expect(image.width == expected.width)
        #expect(image.height == expected.height)
        #expect(image.channels == expected.channels)
        #expect(image.bitDepth == 8)
        #expect(image.pixels == expected.pixels)
        #expect(image.samples16 == expected.samples16)
    }

    @Test func decodesFromDataAndArrays() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("rgba8.png")))
        let fromData = try PNGImage(decoding: bytes)
        let fromArray = try PNGImage(decoding: [UInt8](bytes))
        #expect(fromData == fromArray)
        #expect(fromData == (try PNGImage(contentsOfFile: Fixtures.path("rgba8.png"))))
    }

    @Test(arguments: ["gray16.png", "rgb16.png", "srgb_rgb16.png", "interlaced_gray16.png"])
    func sixteenBitPixelsAreTheHighBytes(name: String) throws {
        let image = try PNGImage(contentsOfFile: Fixtures.path(name))
        let samples = try #require(image.samples16)
        #expect(image.pixels == samples.map { UInt8($0 >> 8) })
    }

    @Test(arguments: ["gray_alpha16.png", "rgba16.png"])
    func sixteenBitWithAlphaIsRounded(name: String) throws {
        let image = try PNGImage(contentsOfFile: Fixtures.path(name))
        #expect(image.samples16 == nil)
        #expect(image.pixels == Fixtures.expected[name]?.pixels)
    }
}
