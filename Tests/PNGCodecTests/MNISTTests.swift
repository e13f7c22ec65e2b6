import Foundation
import PNGCodec
import Testing

/// Real data: files from the shared MNIST sample must decode bit-exactly to what Pillow gives for them.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: Fixtures.mnistDirectory.path)))
struct MNISTTests {
    @Test func decodesLikePillow() throws {
        #expect(Fixtures.mnistExpected.count >= 5)
        for (name, expected) in Fixtures.mnistExpected {
            let image = try PNGImage(contentsOfFile: Fixtures.mnistDirectory.appendingPathComponent(name).path)
            #expect(image.width == 28 && image.height == 28 && image.channels == 1, "\(name)")
            #expect(image.pixels == expected.pixels, "\(name)")
        }
    }

    /// Files per second on the whole sample; run with `PNGCODEC_BENCHMARK=1 swift test -c release`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["PNGCODEC_BENCHMARK"] != nil))
    func decodeSpeed() throws {
        let folders = ["train/3", "train/7", "valid/3", "valid/7"].map(Fixtures.mnistDirectory.appendingPathComponent)
        let paths = try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map {
                folder.appendingPathComponent($0).path
            }
        }
        _ = PNGImage.decodeAll(paths: Array(paths.prefix(500)))  // warm the file cache
        let start = ContinuousClock.now
        let results = PNGImage.decodeAll(paths: paths)
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let decoded = results.filter { (try? $0.get()) != nil }.count
        #expect(decoded == paths.count)
        print("decoded \(decoded) files in \(seconds) s: \(Int(Double(decoded) / seconds)) files/s")
    }
}
