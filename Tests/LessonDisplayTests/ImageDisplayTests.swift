import LessonDisplay
import Testing

struct ImageDisplayTests {
    @Test func singleChannelGoesThroughGreysFromMinimumToMaximum() throws {
        let image = try ImageDisplay(width: 5, height: 1, channels: 1, samples: .doubles([0, 0.3, 0.5, 0.7, 1]))
        #expect(image.valueRange == 0...1)
        // matplotlib: Greys(x, bytes=True) for x in 0, 0.3, 0.5, 0.7, 1; high values dark.
        #expect(image.displayedPixels() == DisplayedPixels(channels: 1, bytes: [255, 206, 149, 94, 0]))
    }

    @Test func bytesAreNormalisedToo() throws {
        let image = try ImageDisplay(width: 3, height: 1, channels: 1, samples: .bytes([10, 20, 30]))
        #expect(image.valueRange == 10...30)
        #expect(image.displayedPixels().bytes == [255, 149, 0])
    }

    @Test func aConstantImageIsTheColourMapsFirstColour() throws {
        let image = try ImageDisplay(width: 2, height: 1, channels: 1, samples: .doubles([3, 3]))
        #expect(image.displayedPixels().bytes == [255, 255])
    }

    @Test func colourMapsOtherThanGreyGiveRGB() throws {
        let image = try ImageDisplay(
            width: 2, height: 1, channels: 1, samples: .doubles([0, 1]), colourMap: .viridis)
        #expect(image.displayedPixels() == DisplayedPixels(channels: 3, bytes: [68, 1, 84, 253, 231, 36]))
    }

    @Test func nanIsTransparent() throws {
        let image = try ImageDisplay(width: 3, height: 1, channels: 1, samples: .doubles([0, .nan, 1]))
        #expect(image.displayedPixels() == DisplayedPixels(channels: 2, bytes: [255, 255, 0, 0, 0, 255]))
    }

    @Test func rgbDoublesAreClippedAndTruncated() throws {
        let image = try ImageDisplay(width: 1, height: 2, channels: 3, samples: .doubles([-1, 0.5, 2, 1, 0.999, 0]))
        #expect(image.displayedPixels() == DisplayedPixels(channels: 3, bytes: [0, 127, 255, 255, 254, 0]))
    }

    @Test func badShapesAreErrors() {
        #expect(throws: DisplayError("an image needs 1 (grey) or 3 (RGB) channels, got 2")) {
            try ImageDisplay(width: 1, height: 1, channels: 2, samples: .bytes([0, 0]))
        }
        #expect(throws: DisplayError("a 2x2 image with 1 channel needs 2x2x1 samples, got 3")) {
            try ImageDisplay(width: 2, height: 2, channels: 1, samples: .bytes([0, 0, 0]))
        }
        #expect(throws: DisplayError.self) { try ImageDisplay(width: 0, height: 2, channels: 1, samples: .bytes([])) }
    }
}
