import LessonDisplay
import Testing

struct TextFormTests {
    private func ramp(_ noise: Double = 0, title: String? = nil) throws -> ImageDisplay {
        let values = (0..<784).map { (index: Int) -> Double in
            let value = Double(index % 28) / 27
            return index % 3 == 0 ? value + noise : value
        }
        return try ImageDisplay(width: 28, height: 28, channels: 1, samples: .doubles(values), title: title)
    }

    @Test func imageFormNamesSizeTitleAndFingerprint() throws {
        let plain = RichOutput.image(try ramp()).textForm
        let titled = RichOutput.image(try ramp(title: "a \"ramp\"")).textForm
        #expect(plain == "[image 28x28 #03b85b]")
        #expect(titled == "[image 28x28 \"a \\\"ramp\\\"\" #1ee54d]")
        let rgb = try ImageDisplay(width: 2, height: 1, channels: 3, samples: .bytes([255, 0, 0, 0, 0, 255]))
        #expect(rgb.textForm.hasPrefix("[image 2x1 rgb #"))
    }

    @Test func fingerprintIgnoresFloatNoiseButNotVisibleChanges() throws {
        #expect(try ramp(1e-7).textForm == ramp().textForm)
        #expect(try ramp(0.05).textForm != ramp().textForm)
        var values = (0..<784).map { Double($0 % 28) / 27 }
        values[400] = 1 - values[400]
        let changed = try ImageDisplay(width: 28, height: 28, channels: 1, samples: .doubles(values))
        #expect(changed.textForm != (try ramp()).textForm)
    }

    @Test func gridFormHasShapeSizeAndOneFingerprint() throws {
        let form = RichOutput.imageGrid([try ramp(), try ramp()], rows: 1, columns: 2).textForm
        #expect(form == "[images 1x2 28x28 #a2a279]")
        let mixed = try ImageDisplay(width: 2, height: 2, channels: 1, samples: .bytes([0, 1, 2, 3]))
        #expect(RichOutput.imageGrid([try ramp(), mixed], rows: 2, columns: 1).textForm.hasPrefix("[images 2x1 #"))
    }

    @Test func tableFormIsAnAlignedGrid() throws {
        let table = try TableDisplay(
            rows: 2, columns: 3, values: [0, 128, 255, 3, 200, 17], isIntegral: true, colourMap: .greys)
        #expect(RichOutput.table(table).textForm == "[table 2x3 Greys]\n  0 128 255\n  3 200  17")
    }

    @Test func largeTablesShowTheirEdgesAndAFingerprint() throws {
        let table = try TableDisplay(
            rows: 100, columns: 50, values: (0..<5000).map { Double($0 % 7) }, isIntegral: true)
        let lines = table.textForm.split(separator: "\n")
        #expect(lines[0].hasPrefix("[table 100x50 PuBu #"))
        #expect(lines.count == 1 + 5 + 1 + 5)
        #expect(lines[6].split(separator: " ").allSatisfy { $0 == "..." })
        #expect(lines[1].split(separator: " ").count == 21)
    }

    @Test func figureFormCountsSeriesAndFingerprintsThem() {
        let xs = (0..<100).map { -2 + 4 * Double($0) / 99 }
        var figure = Figure(Axes(series: [Axes.Series(kind: .line, xs: xs, ys: xs.map { $0 * $0 })], title: "x²"))
        #expect(figure.textForm == "[figure \"x²\": 1 series #fb7587]")
        figure.axes[0].series.append(
            Axes.Series(kind: .scatter, xs: [-1.5], ys: [2.25], colour: Colour(matplotlibName: "red")))
        let two = figure.textForm
        #expect(two.hasPrefix("[figure \"x²\": 2 series #") && two != "[figure \"x²\": 1 series #fb7587]")
        figure.axes[0].title = nil
        #expect(figure.textForm.hasPrefix("[figure: 2 series #"))
    }

    @Test func gridsAndImagesAndSettingsChangeTheForm() throws {
        var grid = Figure(rows: 1, columns: 3, size: FigureSize(width: 12, height: 3))
        grid.axes[0].series = [Axes.Series(kind: .line, xs: [0, 1], ys: [1, 2])]
        grid.axes[2].title = "std"
        let form = grid.textForm
        #expect(form.hasPrefix("[figure 1x3: 1 series #"))
        var limited = grid
        limited.axes[0].yLimits = -300...100
        #expect(limited.textForm != form)
        var logged = grid
        logged.axes[0].xScale = .log
        #expect(logged.textForm != form)
        var resized = grid
        resized.size = FigureSize(width: 12, height: 4)
        #expect(resized.textForm != form)
        var pictured = Axes()
        pictured.image = try ImageDisplay(
            width: 2, height: 1, channels: 1, samples: .doubles([0, 1]), colourMap: .viridis)
        pictured.showsAxis = false
        #expect(Figure(pictured).textForm.hasPrefix("[figure: 1 image #"))
    }

    @Test func trainingTableFormIsFastAIsConsoleTable() {
        let table = TrainingTable(
            columns: ["epoch", "train_loss", "valid_loss", "batch_accuracy", "time"],
            rows: [
                ["0", "0.636857", "0.503549", "0.495584", "00:00"], ["1", "0.523170", "0.214986", "0.813543", "00:00"],
            ]
        )
        #expect(
            RichOutput.trainingTable(table).textForm == """
                epoch     train_loss  valid_loss  batch_accuracy  time
                0         0.636857    0.503549    0.495584        00:00
                1         0.523170    0.214986    0.813543        00:00
                """)
    }

    @Test func aValueWiderThanItsColumnStaysApartFromTheNext() {
        let table = TrainingTable(
            columns: ["epoch", "train_loss", "valid_loss", "accuracy", "time"],
            rows: [["0", "924061013.333850", "inf", "0.098000", "00:01"]])
        // fastprogress would print `924061013.333850inf`.
        #expect(
            table.consoleText.split(separator: "\n")[1] == "0         924061013.333850  inf         0.098000  00:01")
    }

    @Test func textFormsStayOnOneLineWhateverTheTitle() throws {
        let image = try ImageDisplay(
            width: 1, height: 1, channels: 1, samples: .bytes([0]), title: "two\nlines\u{7}\0 it's")
        #expect(image.textForm.hasPrefix("[image 1x1 \"two\\nlines\\u{07}\\0 it\\'s\" #"))
    }
}
