import Foundation
import Learning
import Testing

/// The data layer through the interpreter, as chapter 4 of the fast.ai book uses it. The data set is whichever
/// `untarData` finds: the project's sample, or the full MNIST_SAMPLE when `LESSON_DATA` points to it (then the
/// pixels are the book's).
@Suite struct LearningDataCellTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `tensor(im3)[4..<10, 4..<10]` for `threes[1]` of the data set found: the project's `train/3/1501.png`, or
    /// the book's `train/3/10000.png`.
    static func expectedCorner(of folder: Path) -> String? {
        if folder == Path(repository.appendingPathComponent("data/mnist_sample").path) {
            return """
                tensor([[0, 0, 0, 0, 0, 0],
                        [0, 0, 0, 0, 0, 0],
                        [0, 0, 0, 0, 0, 0],
                        [0, 0, 0, 0, 0, 0],
                        [0, 0, 0, 0, 0, 0],
                        [0, 0, 0, 0, 0, 0]], dtype=torch.uint8)
                """
        }
        guard (try? (folder / "train" / "3").ls().count) == 6131 else { return nil }
        return """
            tensor([[  0,   0,   0,   0,   0,   0],
                    [  0,   0,   0,   0,   0,  29],
                    [  0,   0,   0,  48, 166, 224],
                    [  0,  93, 244, 249, 253, 187],
                    [  0, 107, 253, 253, 230,  48],
                    [  0,   3,  20,  20,  15,   0]], dtype=torch.uint8)
            """
    }

    @Test func runsTheBooksDataCells() throws {
        let cells = CellRunner()
        #expect(cells.run("let path = untarData(URLs.mnistSample)") == "")
        #expect(cells.run("path") == "Path('.')")
        #expect(cells.run("path.ls()") == "(#2) [Path('train'),Path('valid')]")
        #expect(cells.run("let threes = (path / \"train\" / \"3\").ls().sorted()") == "")
        #expect(cells.run("threes[1].parent") == "Path('train/3')")
        #expect(cells.run("let im3 = Image.open(threes[1])") == "")
        #expect(cells.run("im3") == "<Image mode=L size=28x28>")
        #expect(cells.run("[im3]") == "[<PIL.PngImagePlugin.PngImageFile image mode=L size=28x28>]")
        #expect(cells.run("tensor(im3).shape") == "[28, 28]")
        #expect(cells.run("(im3.size, im3.mode)") == "((28, 28), \"L\")")
        let folder = try untarData(URLs.mnistSample)
        if let corner = Self.expectedCorner(of: folder) {
            #expect(cells.run("tensor(im3)[4..<10, 4..<10]") == corner)
        }
        #expect(cells.run("tensor(im3, dtype: .float32).dtype") == "torch.float32")
        #expect(cells.run("tensor([1, 2])") == "tensor([1, 2])")
    }

    @Test func stacksAFolderEitherWay() {
        let cells = CellRunner()
        _ = cells.run("let path = untarData(URLs.mnistSample)\nlet folder = path / \"valid\" / \"7\"")
        _ = cells.run("let oneByOne = folder.ls().sorted().map { tensor(Image.open($0)) }")
        _ = cells.run("let batch = loadImages(folder)")
        #expect(cells.run("batch.count == oneByOne.count") == "true")
        #expect(cells.run("(stack(batch) != stack(oneByOne)).sum()") == "tensor(0)")
        #expect(cells.run("stack(loadImages(folder.ls().prefix(2).map { $0 })).shape") == "[2, 28, 28]")
    }

    @Test func pathsPrintAndCompare() {
        let cells = CellRunner()
        _ = cells.run("let path = untarData(URLs.mnistSample)")
        #expect(cells.run("print(path / \"train\" / \"3\")") == "train/3\n")
        #expect(cells.run("\"\\(path / \"valid\")\"") == "\"valid\"")
        #expect(
            cells.run("[Path(\"b\"), Path(\"a/c\"), Path(\"a\")].sorted()") == "[Path('a'), Path('a/c'), Path('b')]")
        #expect(cells.run("Path(\"a/b\") == Path(\"a//b/\")") == "true")
        #expect(cells.run("Path(\"x/10.png\").stem + Path(\"x/10.png\").suffix") == "\"10.png\"")
        #expect(cells.run("(path / \"train\").exists") == "true")
        #expect(cells.run("(path / \"nothing\").exists()") == "false")
        #expect(cells.run("for p in path.ls() { print(p.name) }") == "train\nvalid\n")
        #expect(cells.run("URLs.mnistSample") == "\"https://s3.amazonaws.com/fast-ai-sample/mnist_sample.tgz\"")
    }

    @Test func dataErrorsNameTheFileAndTheLessonGoesOn() {
        let cells = CellRunner()
        let missing = cells.run("untarData(\"https://example.org/no_such_set.tgz\")")
        #expect(missing.hasPrefix("error: no_such_set: data set not found; looked in $LESSON_DATA"))
        #expect(cells.run("Path(\"/no/such/folder\").ls()") == "error: /no/such/folder: no such folder")
        let fixtures = Self.repository.appendingPathComponent("Tests/PNGCodecTests/Fixtures").path
        #expect(cells.run("Image.open(\"\(fixtures)/truncated.png\")").hasPrefix("error: \(fixtures)/truncated.png: "))
        #expect(
            cells.run("loadMNIST(\"\(fixtures)/gray8.png\")")
                == "error: \(fixtures)/gray8.png: not an IDX file (no IDX magic number); expected 2051 (an images file)"
        )
        #expect(cells.run("1 + 1") == "2")
    }
}
