import Foundation
import PNGCodec
import Testing

@Suite struct ErrorTests {
    @Test(arguments: Fixtures.broken)
    func brokenFilesThrowNamingTheFile(name: String) throws {
        let expected = try #require(Fixtures.expected[name]?.error)
        let path = Fixtures.path(name)
        let error = try #require(throws: PNGError.self) { try PNGImage(contentsOfFile: path) }
        #expect("\(error.kind)" == expected)
        #expect(error.path == path)
        #expect(error.description == "\(path): \(error.reason)")
    }

    @Test func messagesSayWhatIsWrong() throws {
        let notPNG = try #require(throws: PNGError.self) {
            try PNGImage(contentsOfFile: Fixtures.path("not_a_png.png"))
        }
        #expect(notPNG.description == "\(Fixtures.path("not_a_png.png")): not a PNG file")
        let truncated = try #require(throws: PNGError.self) {
            try PNGImage(contentsOfFile: Fixtures.path("truncated.png"))
        }
        #expect(truncated.reason.hasPrefix("truncated or corrupt image data (libpng: "))
    }

    @Test func bytesInMemoryHaveNoPath() throws {
        let error = try #require(throws: PNGError.self) { try PNGImage(decoding: [UInt8]("hello".utf8)) }
        #expect(error.path == nil)
        #expect(error.description == "not a PNG file")
    }

    @Test func missingFileIsUnreadable() throws {
        let path = Fixtures.path("no_such_file.png")
        let error = try #require(throws: PNGError.self) { try PNGImage(contentsOfFile: path) }
        #expect(error.kind == .unreadableFile)
        #expect(error.description == "\(path): cannot read the file (No such file or directory)")
    }

    @Test func directoryIsUnreadable() throws {
        let error = try #require(throws: PNGError.self) { try PNGImage(contentsOfFile: Fixtures.directory.path) }
        #expect(error.kind == .unreadableFile)
    }

    /// A file of 68 bytes that announces 252 x 393,220 16-bit pixels (found by fuzzing, its header's checksum
    /// corrected as the fuzzer does: decoding allocated 200 MB and took seconds before libpng found the data cut
    /// short) is refused before any pixel is allocated.
    @Test func compressedDataTooShortForTheImageIsRefusedAtOnce() throws {
        let bytes = [UInt8](
            try #require(
                Data(
                    base64Encoded:
                        "iVBORw0KGgoAAAANSUhEUgAAAPwABgAEEAAAAAAZ/tgLAAAAN0lEQVR42gEsANP/AN7C8wogFN1Xn7Rl998Vr3tHYII="))
        )
        let error = try #require(throws: PNGError.self) { try PNGImage(decoding: bytes) }
        #expect(error.kind == .corruptData)
        #expect(error.reason == "truncated image data: 27 bytes of compressed data cannot hold 252 x 393220 pixels")
    }

    /// Every prefix of a valid file that cuts into the image data throws; once the data is complete, a missing
    /// `IEND` chunk (the last 12 bytes) is tolerated, as Pillow tolerates it.
    @Test func everyTruncationThrowsCleanly() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("interlaced_rgb8.png"))))
        let complete = try PNGImage(decoding: bytes)
        let endOfData = bytes.count - 12
        for length in 0..<endOfData {
            #expect(throws: PNGError.self) { try PNGImage(decoding: Array(bytes[..<length])) }
        }
        for length in endOfData..<bytes.count {
            #expect(try PNGImage(decoding: Array(bytes[..<length])) == complete)
        }
    }

    /// Flipping any single byte after the signature never crashes.
    @Test(arguments: ["palette4_trns.png", "interlaced_gray16.png", "gray_alpha16.png", "gamma1_gray8.png"])
    func everyCorruptedByteIsHandled(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name))))
        for index in 8..<bytes.count {
            var corrupted = bytes
            corrupted[index] ^= 0x5A
            _ = try? PNGImage(decoding: corrupted)
        }
    }
}
