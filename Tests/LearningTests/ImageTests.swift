import Foundation
import Learning
import PNGCodec
import Tensors
import Testing

@Suite struct ImageTests {
    /// What PNGCodec's fixtures decode to (`Tests/PNGCodecTests/Fixtures/expected.json`, from Pillow).
    struct Expected: Decodable {
        var width: Int?
        var height: Int?
        var channels: Int?
        var pixels: [UInt8]?
        var error: String?
    }

    static let expected: [String: Expected] = {
        let file = (Locations.pngFixtures / "expected.json").string
        guard let data = FileManager.default.contents(atPath: file) else { return [:] }
        return (try? JSONDecoder().decode([String: Expected].self, from: data)) ?? [:]
    }()

    @Test func opensTheShippedSample() throws {
        let threes = try (Locations.projectData / "mnist_sample" / "train" / "3").ls().sorted()
        let image = try Image.open(threes[1])
        #expect(image.description == "<PIL.PngImagePlugin.PngImageFile image mode=L size=28x28>")
        #expect(image.path == threes[1])
        let pixels = try tensor(image)
        #expect(pixels.shape == [28, 28])
        #expect(pixels.dtype == .uint8)
        #expect(try pixels.elements(as: UInt8.self) == image.pixels)
        #expect(try tensor(image, dtype: .float32).dtype == .float32)
        #expect(try Image.open(threes[1].string).png == image.png)
    }

    @Test func decodesEveryFixtureLikePillow() throws {
        #expect(Self.expected.count > 20)
        for (name, expected) in Self.expected {
            let file = Locations.pngFixtures / name
            guard let channels = expected.channels, let width = expected.width, let height = expected.height else {
                let text = Locations.errorText { _ = try Image.open(file) }
                #expect(text?.hasPrefix(file.string + ": ") == true, "\(name)")
                continue
            }
            let image = try Image.open(file)
            #expect(image.mode == ["L", "LA", "RGB", "RGBA"][channels - 1], "\(name)")
            #expect(image.width == width && image.height == height, "\(name)")
            let pixels = try tensor(image)
            #expect(pixels.shape == (channels == 1 ? [height, width] : [height, width, channels]), "\(name)")
            #expect(try pixels.elements(as: UInt8.self) == expected.pixels, "\(name)")
        }
    }

    @Test func namesTheFileThatFails() {
        let truncated = Locations.pngFixtures / "truncated.png"
        #expect(Locations.errorText { _ = try Image.open(truncated) }?.hasPrefix("\(truncated.string): ") == true)
        let missing = Locations.fixtures / "missing.png"
        #expect(
            Locations.errorText { _ = try Image.open(missing) }
                == "\(missing.string): cannot read the file (No such file or directory)")
        let notPNG = Locations.fixtures / "small-labels-idx1-ubyte"
        #expect(Locations.errorText { _ = try Image.open(notPNG) } == "\(notPNG.string): not a PNG file")
    }

    @Test func loadsFoldersInParallelInSortedOrder() throws {
        let folder = Locations.projectData / "mnist_sample" / "valid" / "7"
        let batch = try loadImages(folder)
        let oneByOne = try folder.ls().sorted().map { try tensor(Image.open($0)) }
        #expect(batch.count == 100)
        for (a, b) in zip(batch, oneByOne) {
            #expect(try a.elements(as: UInt8.self) == b.elements(as: UInt8.self))
        }
        let files = try folder.ls()
        #expect(try loadImages(Array(files.suffix(3))).count == 3)
    }

    @Test func batchLoadingNamesTheFirstBadFile() {
        let files = ["gray8.png", "truncated.png", "not_a_png.png"].map { Locations.pngFixtures / $0 }
        #expect(Locations.errorText { _ = try loadImages(files) }?.hasPrefix("\(files[1].string): ") == true)
        let missing = Locations.fixtures / "missing"
        #expect(Locations.errorText { _ = try loadImages(missing) } == "\(missing.string): no such folder")
    }
}
