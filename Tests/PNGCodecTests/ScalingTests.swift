import PNGCodec
import Testing

@Suite struct ScalingTests {
    @Test func everyPixelBecomesABlock() throws {
        let image = try PNGImage(width: 2, height: 2, channels: 2, pixels: [1, 2, 3, 4, 5, 6, 7, 8])
        let scaled = try image.scaledUp(by: 3)
        #expect(scaled.width == 6)
        #expect(scaled.height == 6)
        #expect(scaled.channels == 2)
        let top: [UInt8] = [1, 2, 1, 2, 1, 2, 3, 4, 3, 4, 3, 4]
        let bottom: [UInt8] = [5, 6, 5, 6, 5, 6, 7, 8, 7, 8, 7, 8]
        #expect(scaled.pixels == top + top + top + bottom + bottom + bottom)
    }

    @Test func factorOneIsIdentity() throws {
        let image = try PNGImage(width: 3, height: 1, channels: 3, pixels: Array(0..<9))
        #expect(try image.scaledUp(by: 1) == image)
    }

    @Test func rejectsBadFactors() throws {
        let image = try PNGImage(width: 1, height: 1, channels: 1, pixels: [9])
        #expect(throws: PNGError.self) { try image.scaledUp(by: 0) }
        #expect(throws: PNGError.self) { try image.scaledUp(by: -2) }
        #expect(throws: PNGError.self) { try image.scaledUp(by: 1 << 40) }
        #expect(throws: PNGError.self) { try image.scaledUp(by: 1 << 15) }
    }
}
