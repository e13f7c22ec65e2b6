import Foundation
import Learning
import Tensors
import Testing

/// The full MNIST 3/7 data of fast.ai's MNIST_SAMPLE in `../shared/data`; skipped on machines without it.
@Suite(.enabled(if: Locations.hasSharedData)) struct SharedDataTests {
    @Test func hasFastAIsCountsAndOrder() throws {
        let path = try untarData(URLs.mnistSample, locations: Locations.shared)
        #expect(path == Locations.sharedData / "mnist_sample")
        let counts = try ["train/3", "train/7", "valid/3", "valid/7"].map { try (path / $0).ls().count }
        #expect(counts == [6131, 6265, 1010, 1028])
        let threes = try (path / "train" / "3").ls().sorted()
        #expect(
            threes.prefix(3).map(\.debugDescription) == [
                "Path('train/3/10.png')", "Path('train/3/10000.png')", "Path('train/3/10011.png')",
            ])
    }

    /// fast.ai's `mnist_png.tgz`, extracted once into an empty cache: the official class counts, then reused.
    @Test func extractsTheFullMNISTArchive() throws {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("lesson-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: cache) }
        let locations = DataLocations(
            dataDirectory: Locations.sharedData.string, searchStarts: [], cache: DataSetCache(folder: Path(cache.path)))
        let path = try untarData(URLs.mnist, locations: locations)
        #expect(try path.ls().map(\.debugDescription) == ["Path('testing')", "Path('training')"])
        let training = try (0...9).map { try (path / "training" / "\($0)").ls().count }
        let testing = try (0...9).map { try (path / "testing" / "\($0)").ls().count }
        #expect(training == [5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949])
        #expect(testing == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009])
        let threes = try (path / "training" / "3").ls()
        let sampleThree = try Image.open(Locations.sharedData / "mnist_sample" / "train" / "3" / threes[0].name)
        #expect(try Image.open(threes[0]).pixels == sampleThree.pixels)
        var entriesWritten = 0
        let again = try locations.cache.extracted(
            Locations.sharedData / "mnist_png.tgz", as: "mnist_png", afterEntry: { entriesWritten = $0 })
        #expect(again == path && entriesWritten == 0)
    }

    /// The IDX copy holds the same pixels as the PNGs: images in ascending MNIST index order, as `*-indices.txt`
    /// lists them (`<MNIST index> <label>` per line, after a `#` comment).
    @Test func idxFilesMatchThePNGs() throws {
        let folder = Locations.sharedData / "mnist37-idx"
        let (images, labels) = try loadMNIST(folder / "train-images-idx3-ubyte.gz")
        #expect(images.shape == [12396, 28, 28])
        #expect(labels.shape == [12396])
        let indices = try String(contentsOfFile: (folder / "train-indices.txt").string, encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
                $0.split(separator: " ").compactMap { Int($0) }
            }
        try #require(indices.count == 12396 && indices.allSatisfy { $0.count == 2 })
        let pixels = try images.elements(as: UInt8.self)
        let digits = try labels.elements(as: Int64.self)
        for position in [0, 1, 777, 6130, 6131, 12395] {
            let (index, label) = (indices[position][0], indices[position][1])
            #expect(digits[position] == Int64(label))
            let png = try Image.open(Locations.sharedData / "mnist_sample" / "train" / "\(label)" / "\(index).png")
            #expect(Array(pixels[(position * 784)..<((position + 1) * 784)]) == png.pixels, "\(index)")
        }
        let (valid, validLabels) = try loadMNIST(folder / "t10k-images-idx3-ubyte.gz")
        #expect(valid.shape == [2038, 28, 28] && validLabels.shape == [2038])
    }

    /// Files per second, batch and one by one; run with `LEARNING_BENCHMARK=1 swift test -c release`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LEARNING_BENCHMARK"] != nil))
    func loadSpeed() throws {
        let path = try untarData(URLs.mnistSample, locations: Locations.shared)
        let folders = ["train/3", "train/7", "valid/3", "valid/7"].map { path / $0 }
        _ = try folders.map { try loadImages($0) }  // warm the file cache
        var start = ContinuousClock.now
        let batch = try folders.map { try loadImages($0) }.joined().count
        let batchSeconds = (ContinuousClock.now - start) / .seconds(1)
        start = ContinuousClock.now
        let single = try folders.flatMap { try $0.ls().sorted().map { try tensor(Image.open($0)) } }.count
        let singleSeconds = (ContinuousClock.now - start) / .seconds(1)
        #expect(batch == 14434 && single == 14434)
        print("loadImages: \(batch) files in \(batchSeconds) s, \(Int(Double(batch) / batchSeconds)) files/s")
        print("one by one: \(single) files in \(singleSeconds) s, \(Int(Double(single) / singleSeconds)) files/s")
    }
}
