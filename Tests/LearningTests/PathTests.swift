import Learning
import Testing

@Suite struct PathTests {
    @Test func joinsAndNormalises() {
        #expect((Path("data") / "train" / "3").string == "data/train/3")
        #expect((Path("/data/") / "train/3/").string == "/data/train/3")
        #expect(Path("a//b/./c/").string == "a/b/c")
        #expect(Path("").string == ".")
        #expect(Path("/").string == "/")
        #expect((Path("a") / "/abs").string == "/abs")
        #expect((Path("a") / Path("b/c")).components == ["a", "b", "c"])
        #expect(Path("../x").string == "../x")
    }

    @Test func namesItsParts() {
        let file = Path("train/3/10.png")
        #expect(file.name == "10.png")
        #expect(file.stem == "10")
        #expect(file.suffix == ".png")
        #expect(file.parent.string == "train/3")
        #expect(Path("archive.tar.gz").stem == "archive.tar")
        #expect(Path(".hidden").suffix == "")
        #expect(Path(".hidden").stem == ".hidden")
        #expect(Path("trailing.").suffix == "")
        #expect(Path("a").parent.string == ".")
        #expect(Path("/").parent.string == "/")
        #expect(Path("/").name == "")
    }

    @Test func displaysRelativeToItsRoot() {
        let root = Path("/d/mnist_sample")
        let path = Path(root.string, relativeTo: root)
        #expect(path.debugDescription == "Path('.')")
        #expect((path / "train" / "3" / "10.png").debugDescription == "Path('train/3/10.png')")
        #expect((path / "train").description == "train")
        #expect(path.parent.debugDescription == "Path('/d')")
        #expect((path / "train").parent.debugDescription == "Path('.')")
        #expect(Path("x/y").debugDescription == "Path('x/y')")
    }

    @Test func comparesLikePathlib() {
        #expect(Path("a/./b") == Path("a/b"))
        #expect(Path("a") != Path("/a"))
        let names = ["10000.png", "10.png", "9.png", "10011.png", "1.png"].map { Path("t/" + $0) }
        #expect(names.sorted().map(\.name) == ["1.png", "10.png", "10000.png", "10011.png", "9.png"])
        #expect(Path("/z") < Path("a"))
        #expect(Path("a/b") < Path("a/b/c"))
        #expect(Path("a-b") > Path("a/b"))
        #expect(Set([Path("a/b"), Path("a//b/")]).count == 1)
    }

    @Test func listsFoldersSorted() throws {
        let sample = Path(Locations.projectData.string, relativeTo: Locations.projectData) / "mnist_sample"
        #expect(
            try sample.ls().map(\.debugDescription) == ["Path('mnist_sample/train')", "Path('mnist_sample/valid')"])
        let threes = try (sample / "train" / "3").ls()
        #expect(threes.count == 400)
        #expect(threes == threes.sorted())
        #expect(threes.first?.name == "1500.png")
        #expect(threes.allSatisfy { $0.exists && !$0.isDirectory && $0.root == sample.root })
        #expect(sample.isDirectory)
    }

    @Test func refusesToListWhatIsNotAFolder() {
        let missing = Locations.fixtures / "no-such-folder"
        #expect(Locations.errorText { _ = try missing.ls() } == "\(missing.string): no such folder")
        let file = Locations.fixtures / "small-labels-idx1-ubyte"
        #expect(Locations.errorText { _ = try file.ls() } == "\(file.string): not a folder")
        #expect(!missing.exists)
    }
}
