import PNGCodec
import Testing

@Suite struct EncodingTests {
    /// Deterministic pseudo-random samples (a linear congruential generator), so failures reproduce.
    static func samples(_ count: Int, seed: UInt32) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 1_664_525 &+ 1_013_904_223
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    @Test(arguments: 1...4)
    func roundTripsEveryChannelCount(channels: Int) throws {
        let image = try PNGImage(
            width: 13, height: 7, channels: channels,
            pixels: Self.samples(13 * 7 * channels, seed: UInt32(channels)))
        let decoded = try PNGImage(decoding: image.encoded())
        #expect(decoded == image)
    }

    @Test(arguments: 1...4)
    func encodingIsDeterministic(channels: Int) throws {
        let pixels = Self.samples(40 * 30 * channels, seed: 7)
        let first = try PNGImage(width: 40, height: 30, channels: channels, pixels: pixels).encoded()
        let second = try PNGImage(width: 40, height: 30, channels: channels, pixels: pixels).encoded()
        #expect(first == second)
        #expect(Array(first.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    /// Random samples barely compress, which exercises the retry with a larger buffer if the estimate is short.
    @Test func encodesIncompressibleImages() throws {
        let image = try PNGImage(width: 300, height: 200, channels: 4, pixels: Self.samples(300 * 200 * 4, seed: 3))
        #expect(try PNGImage(decoding: image.encoded()) == image)
    }

    @Test func writesOnlyHeaderColourSpaceDataAndEnd() throws {
        let png = try PNGImage(width: 2, height: 2, channels: 1, pixels: [0, 64, 128, 255]).encoded()
        var chunks: [String] = []
        var offset = 8
        while offset + 8 <= png.count {
            let length = png[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            chunks.append(String(decoding: png[offset + 4..<offset + 8], as: UTF8.self))
            offset += 12 + length
        }
        #expect(chunks == ["IHDR", "sRGB", "IDAT", "IEND"])
    }

    @Test func rejectsInconsistentShapes() {
        #expect(throws: PNGError.self) { try PNGImage(width: 2, height: 2, channels: 1, pixels: [0, 1, 2]) }
        #expect(throws: PNGError.self) { try PNGImage(width: 0, height: 2, channels: 1, pixels: []) }
        #expect(throws: PNGError.self) { try PNGImage(width: 1, height: 1, channels: 5, pixels: [0, 0, 0, 0, 0]) }
        #expect(throws: PNGError.self) { try PNGImage(width: Int.max, height: 2, channels: 1, pixels: [0]) }
    }
}
