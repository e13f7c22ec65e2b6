import Foundation
import Learning
import Testing

@Suite struct DataSetTests {
    @Test func findsTheShippedSample() throws {
        let path = try untarData(URLs.mnistSample, locations: Locations.shipped)
        #expect(path == Locations.projectData / "mnist_sample")
        #expect(path.debugDescription == "Path('.')")
        #expect(try path.ls().map(\.debugDescription) == ["Path('train')", "Path('valid')"])
        let counts = try ["train/3", "train/7", "valid/3", "valid/7"].map { try (path / $0).ls().count }
        #expect(counts == [400, 400, 100, 100])
    }

    @Test func findsTheShippedTenDigitSample() throws {
        let path = try untarData(URLs.mnist, locations: Locations.shipped)
        #expect(path == Locations.projectData / "mnist_png")
        #expect(try path.ls().map(\.debugDescription) == ["Path('testing')", "Path('training')"])
        let training = try (0...9).map { try (path / "training" / "\($0)").ls().count }
        let testing = try (0...9).map { try (path / "testing" / "\($0)").ls().count }
        #expect(training == Array(repeating: 60, count: 10))
        #expect(testing == Array(repeating: 20, count: 10))
        let image = try Image.open(path / "training" / "3" / "10.png")
        #expect(image.mode == "L" && image.width == 28 && image.height == 28)
    }

    @Test func searchesUpwardFromEachStart() throws {
        let nested = Locations.repository.appendingPathComponent("Tests/LearningTests/Fixtures").path
        let locations = DataLocations(dataDirectory: nil, searchStarts: ["/nonexistent/start", nested])
        #expect(try untarData(URLs.mnistSample, locations: locations) == Locations.projectData / "mnist_sample")
    }

    @Test func prefersTheDataDirectory() throws {
        let locations = DataLocations(
            dataDirectory: Locations.projectData.string, searchStarts: ["/nonexistent/start"])
        let path = try untarData("https://example.org/x/mnist_sample.tar.gz", locations: locations)
        #expect(path == Locations.projectData / "mnist_sample")
    }

    @Test func namesWhereItLookedWhenMissing() {
        let locations = DataLocations(dataDirectory: "/nowhere/data", searchStarts: ["/nowhere/else"])
        let text = Locations.errorText { _ = try untarData(URLs.mnistSample, locations: locations) }
        #expect(
            text
                == "mnist_sample: data set not found; looked in $LESSON_DATA (/nowhere/data), in data/mnist_sample "
                + "from /nowhere/else upward. Pass --data DIR or set LESSON_DATA=DIR, where DIR holds the folder "
                + "mnist_sample or its archive mnist_sample.tgz")
        let unset = DataLocations(dataDirectory: nil, searchStarts: [])
        #expect(
            Locations.errorText { _ = try untarData("mnist_tiny.tgz", locations: unset) }?.hasPrefix(
                "mnist_tiny: data set not found; looked in $LESSON_DATA (not set). ") == true)
    }

    @Test func standardLocationsStartAtTheCurrentDirectory() {
        let standard = DataLocations.standard
        #expect(standard.searchStarts.first == FileManager.default.currentDirectoryPath)
        #expect(standard.searchStarts.count == 2)
        #expect(standard.dataDirectory == ProcessInfo.processInfo.environment["LESSON_DATA"])
    }
}
