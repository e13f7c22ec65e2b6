import Learning
import Tensors
import Testing

@Suite struct MNISTTests {
    static let values: [UInt8] = (0..<3).flatMap { image in (0..<6).map { UInt8(10 * image + $0) } }

    @Test(arguments: ["small-images-idx3-ubyte", "gz-images-idx3-ubyte.gz"])
    func loadsImagesAndTheLabelsBesideThem(name: String) throws {
        let (images, labels) = try loadMNIST(Locations.fixtures / name)
        #expect(images.shape == [3, 2, 3])
        #expect(images.dtype == .uint8)
        #expect(try images.elements(as: UInt8.self) == Self.values)
        #expect(labels.shape == [3])
        #expect(labels.dtype == .int64)
        #expect(try labels.elements(as: Int64.self) == [3, 7, 3])
    }

    @Test func loadsExplicitFiles() throws {
        let (images, labels) = try loadMNIST(
            images: Locations.fixtures / "gz-images-idx3-ubyte.gz",
            labels: Locations.fixtures / "small-labels-idx1-ubyte")
        #expect(images.shape == [3, 2, 3])
        #expect(try labels.elements(as: Int64.self) == [3, 7, 3])
        #expect(try loadMNIST((Locations.fixtures / "small-images-idx3-ubyte").string).labels.shape == [3])
    }

    @Test(arguments: [
        ("swapped-images-idx3-ubyte", "bad magic number 2049 (that of a labels file); expected 2051 (an images file)"),
        ("short-images-idx3-ubyte", "truncated: the header announces 18 bytes of data (3 x 2 x 3), the file holds 13"),
        ("long-images-idx3-ubyte", "more data than the header announces (3 x 2 x 3)"),
        ("header-images-idx3-ubyte", "truncated: the header ends inside the sizes of 3 dimensions"),
        ("cut-images-idx3-ubyte.gz", "truncated gzip data (unexpected end of file)"),
        ("crc-images-idx3-ubyte.gz", "corrupt gzip data (incorrect data check)"),
        (
            "lonely-images-idx3-ubyte",
            "no labels file beside it (looked for lonely-labels-idx1-ubyte and lonely-labels-idx1-ubyte.gz); "
                + "pass it as loadMNIST(images:labels:)"
        ),
        ("missing-images-idx3-ubyte", "cannot read the file (No such file or directory)"),
    ])
    func namesTheBrokenFile(name: String, reason: String) {
        let file = Locations.fixtures / name
        #expect(Locations.errorText { _ = try loadMNIST(file) } == "\(file.string): \(reason)")
    }

    @Test func checksTheLabelsFile() {
        let images = Locations.fixtures / "count-images-idx3-ubyte"
        let labels = Locations.fixtures / "count-labels-idx1-ubyte"
        #expect(
            Locations.errorText { _ = try loadMNIST(images) }
                == "\(labels.string): 2 labels for the 3 images of \(images.string)")
        let swapped = Locations.errorText {
            _ = try loadMNIST(images: Locations.fixtures / "small-images-idx3-ubyte", labels: images)
        }
        #expect(
            swapped == "\(images.string): bad magic number 2051 (that of an images file); expected 2049 (a labels file)"
        )
        #expect(
            Locations.errorText { _ = try loadMNIST(Locations.fixtures) }
                == "\(Locations.fixtures.string): is a folder, not a file")
        #expect(
            Locations.errorText { _ = try loadMNIST(Locations.fixtures / "make_fixtures.py") }?.contains(
                "make_fixtures.py: not an IDX file (no IDX magic number); expected 2051 (an images file)") == true)
    }
}
