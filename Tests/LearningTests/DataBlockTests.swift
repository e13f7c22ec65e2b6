import Foundation
import PNGCodec
import Tensors
import Testing

@testable import Learning

/// fast.ai's `DataBlock` on the project's ten-digit sample (`data/mnist_png`: 60 training and 20 test images per
/// digit).
@Suite struct DataBlockTests {
    static let path = Locations.projectData / "mnist_png"

    static let block = DataBlock(
        kind: .blackAndWhite, getItems: getImageFiles,
        splitter: GrandparentSplitter(trainName: "training", validName: "testing"), getY: parentLabel,
        normalize: Normalize())

    @Test func getImageFilesWalksSortedAndSkipsOthers() throws {
        let files = try getImageFiles(Self.path)
        #expect(files.count == 800)
        #expect(files.first?.string.hasSuffix("mnist_png/testing/0/10.png") == true)
        #expect(files == files.sorted())
        let scratch = try TestArchive()
        defer { scratch.remove() }
        for name in ["b.PNG", "a.jpg", "notes.txt", ".hidden.png", "sub/c.png", ".cache/d.png", "sub/e.gif"] {
            try FileManager.default.createDirectory(
                atPath: (scratch.folder / name).parent.string, withIntermediateDirectories: true)
            try scratch.writeFile(name, [0])
        }
        #expect(try getImageFiles(scratch.folder).map(\.name) == ["a.jpg", "b.PNG", "c.png", "e.gif"])
        #expect(parentLabel(Path("training/3/10.png")) == "3")
    }

    @Test func grandparentSplitterSplitsByFolder() throws {
        let items = [
            Path("training/3/1.png"), Path("testing/7/2.png"), Path("other/1/3.png"), Path("training/1/4.png"),
        ]
        let (train, valid) = GrandparentSplitter(trainName: "training", validName: "testing").split(items)
        #expect(train == [0, 3] && valid == [1])
        #expect(GrandparentSplitter().split([Path("train/3/a.png"), Path("valid/3/b.png")]) == ([0], [1]))
    }

    @Test func randomSplitterCutsASeededPermutation() throws {
        let items = (0..<50).map { Path("x/\($0).png") }
        let splitter = try RandomSplitter(validPct: 0.2, seed: 42)
        let (train, valid) = try splitter.split(items)
        #expect(valid.count == 10 && train.count == 40)
        #expect(Set(train + valid) == Set(0..<50))
        #expect(try splitter.split(items) == (train, valid), "the seed makes it repeatable")
        #expect(try RandomSplitter(validPct: 0.25).split(Array(items.prefix(7))).valid.count == 1, "int(0.25 * 7)")
        #expect(throws: DataError.self) { try RandomSplitter(validPct: 1.5) }
    }

    @Test func datasetsCategoriseByTheTrainingLabels() throws {
        let (train, valid) = try Self.block.datasets(Self.path)
        #expect(train.count == 600 && valid.count == 200)
        #expect(train.vocab == (0...9).map(String.init))
        #expect(try train.itemText(at: 0) == "(PILImageBW mode=L size=28x28, TensorCategory(0))")
        #expect(train.description.hasPrefix("(#600) [(PILImageBW mode=L size=28x28, TensorCategory(0)),"))
        #expect(train.description.hasSuffix("...]"))
        #expect(try valid.image(at: 25).mode == "L")
        #expect(valid.labels[25] == 1 && valid.items[25].parent.name == "1")

        let onlyThrees = DataBlock(
            splitter: GrandparentSplitter(trainName: "training", validName: "testing"),
            getY: { $0.parent.name == "3" || $0.parent.parent.name == "testing" ? $0.parent.name : "3" })
        let text = Locations.errorText { _ = try onlyThrees.datasets(Self.path) }
        #expect(text?.hasSuffix("label '0' is not among the training set's labels [\"3\"]") == true)
    }

    @Test func dataloadersNormaliseWithTheFirstTrainingBatch() throws {
        manualSeed(0)
        let normalize = Normalize()
        var block = Self.block
        block.normalize = normalize
        let dls = try block.dataloaders(Self.path, bs: 64) { ($0, $1) }
        #expect(dls.train.batchCount == 9 && dls.valid.batchCount == 4)
        #expect(dls.vocab == (0...9).map(String.init))
        let (xb, yb) = try #require(try dls.valid.first())
        #expect(xb.shape == [64, 1, 28, 28] && xb.dtype == .float32)
        #expect(yb.shape == [64] && yb.dtype == .int64)
        #expect(try yb.elements(as: Int64.self).prefix(21) == ArraySlice(Array(repeating: 0, count: 20) + [1]))

        // The statistics are the first shuffled training batch's, taken the long way round in Double.
        let mean = try #require(normalize.mean)
        let std = try #require(normalize.std)
        #expect(mean.shape == [1, 1, 1, 1] && std.shape == [1, 1, 1, 1])
        manualSeed(0)
        let order = try randperm(600).elements(as: Int64.self).prefix(64).map(Int.init)
        let (raw, _) = try (dls.train as? DataBlockLoader<(Tensor, Tensor)>).map { try $0.dataset.batch(order) }!
        let pixels = try raw.elements(as: Float.self).map(Double.init)
        let expectedMean = pixels.reduce(0, +) / Double(pixels.count)
        let variance = pixels.map { ($0 - expectedMean) * ($0 - expectedMean) }.reduce(0, +) / Double(pixels.count - 1)
        #expect(abs(try mean.item().doubleValue - expectedMean) < 1e-6)
        #expect(abs(try std.item().doubleValue - (variance.squareRoot() + 1e-7)) < 1e-6)

        // Every batch is normalised with them: (x - mean) / std.
        let (validRaw, _) = try (dls.valid as? DataBlockLoader<(Tensor, Tensor)>).map {
            try $0.dataset.batch(Array(0..<64))
        }!
        let expected = try ((validRaw - mean) / std).elements(as: Float.self)
        let got = try xb.elements(as: Float.self)
        #expect(zip(expected, got).allSatisfy { abs($0 - $1) < 1e-6 })
    }

    @Test func showBatchItemsAreTheFirstTrainingBatchTitledByCategory() throws {
        manualSeed(1)
        let dls = try Self.block.dataloaders(Self.path, bs: 16) { ($0, $1) }
        let loader = try #require(dls.train as? DataBlockLoader<(Tensor, Tensor)>)
        let items = try loader.showBatchItems(maxN: 9)
        #expect(items.count == 9)
        #expect(items.allSatisfy { $0.width == 28 && $0.height == 28 && $0.samples.count == 784 })
        #expect(items.allSatisfy { (0...9).map(String.init).contains($0.title) })
        #expect(try loader.showBatchItems(maxN: 40).count == 16)
    }

    @Test func imagesOfDifferentSizesCannotBeBatched() throws {
        let scratch = try TestArchive()
        defer { scratch.remove() }
        for (name, side) in [("train/a/1.png", 2), ("train/a/2.png", 3), ("valid/a/3.png", 2)] {
            let png = try PNGImage(
                width: side, height: side, channels: 1, pixels: Array(repeating: 9, count: side * side)
            )
            .encoded()
            try FileManager.default.createDirectory(
                atPath: (scratch.folder / name).parent.string, withIntermediateDirectories: true)
            try scratch.writeFile(name, png)
        }
        let block = DataBlock(splitter: GrandparentSplitter())
        let (train, _) = try block.datasets(scratch.folder)
        #expect(throws: TensorError.self) { try train.batch([0, 1]) }
        let text = Locations.errorText { _ = try train.batch([0, 1]) }
        #expect(
            text?.contains(
                "stack expects each tensor to be equal size, but got [1, 2, 2] at entry 0 and [1, 3, 3] "
                    + "at entry 1") == true)
    }

    @Test func colourImagesTurnGreyAsPillowConvertsThem() {
        // Pillow's Image.convert("L") of pure red, green, blue and white: 76, 150, 29, 255.
        let rgb: [UInt8] = [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255]
        #expect(ImageKind.blackAndWhite.converted(rgb, channels: 3) == [76, 150, 29, 255])
        #expect(ImageKind.colour.converted([7, 200], channels: 2) == [7, 7, 7])
    }
}
