import LessonDisplay
import LessonLibrary
import LessonScript
import Testing

/// An `Image` as a cell's last value is drawn in the page, as Jupyter shows a Pillow image, and written
/// `<Image mode=L size=28x28>` in the text output; elsewhere it keeps Pillow's `repr`.
struct ImageValueTests {
    private let lesson = DisplayLesson()

    private func run(_ source: String) -> CellDisplays { lesson.run(source) }

    @Test func anImageLastInACellIsDrawnWhereItsTextIs() throws {
        _ = run("let im = Image.open((untarData(URLs.mnist) / \"training\" / \"3\").ls()[0])")
        let displays = run("print(\"a three\", terminator: \"\")\nim")
        #expect(displays.text == "a three\n<Image mode=L size=28x28>")
        let placed = try #require(displays.outputs.first)
        #expect(placed.range == 8..<33)
        guard case .image(let picture) = placed.output else {
            Issue.record("not an image: \(placed.output)")
            return
        }
        #expect((picture.width, picture.height, picture.channels) == (28, 28, 1))
        #expect(picture.colourMap == .gray && picture.valueRange == 0...255)
        #expect(picture.samples == .bytes(try #require(run("tensor(im).flatten().tolist()").text.pixelBytes)))
    }

    @Test func elsewhereAnImageKeepsPillowsForm() {
        _ = run("let im = Image.open((untarData(URLs.mnist) / \"training\" / \"3\").ls()[0])")
        let inArray = run("[im]")
        #expect(inArray.text == "[<PIL.PngImagePlugin.PngImageFile image mode=L size=28x28>]")
        #expect(inArray.outputs.isEmpty)
        #expect(run("print(im)").text == "<PIL.PngImagePlugin.PngImageFile image mode=L size=28x28>\n")
    }

    @Test func showImageTakesAnImage() throws {
        _ = run("let im = Image.open((untarData(URLs.mnist) / \"training\" / \"3\").ls()[0])")
        let displays = run("showImage(im)")
        #expect(displays.text.hasPrefix("[image 28x28 #"))
        #expect(displays.text == run("showImage(tensor(im))").text)
    }
}

extension String {
    /// The numbers of an array's text (`[0, 255, 3]`) as bytes.
    fileprivate var pixelBytes: [UInt8]? {
        let inner = trimmingCharacters(in: ["[", "]"])
        return inner.split(separator: ",").map { UInt8($0.trimmingCharacters(in: .whitespaces)) ?? 0 }
    }
}
