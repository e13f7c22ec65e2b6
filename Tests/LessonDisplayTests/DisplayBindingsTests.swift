import LessonDisplay
import LessonLibrary
import LessonScript
import Testing

/// The display calls run in cells, as a lesson runs them: text forms in the output, outputs in the log.
struct DisplayBindingsTests {
    private let lesson = DisplayLesson()

    private func run(_ source: String) -> CellDisplays { lesson.run(source) }

    @Test func showImagePrintsItsTextFormAndRecordsTheImage() throws {
        let displays = run("print(\"mean\")\nshowImage(linspace(0, 1, 12).view(3, 4), title: \"ramp\")")
        let output = try #require(displays.outputs.first)
        guard case .image(let image) = output.output else {
            Issue.record("not an image: \(output.output)")
            return
        }
        #expect((image.width, image.height, image.channels, image.title) == (4, 3, 1, "ramp"))
        #expect(image.colourMap == .greys)
        #expect(displays.text == "mean\n\(image.textForm)\n")
        #expect(output.range == 5..<5 + image.textForm.utf8.count)
    }

    @Test func imagesFollowFastAIsLayoutRules() throws {
        let displays = run(
            """
            showImage(zeros([3, 2, 5]))
            showImage(zeros([1, 4, 6]).byte())
            showImage(ones([6, 7, 3]), cmap: "viridis")
            """)
        let images = displays.outputs.compactMap { placed -> ImageDisplay? in
            if case .image(let image) = placed.output { return image }
            return nil
        }
        #expect(images.map { [$0.width, $0.height, $0.channels] } == [[5, 2, 3], [6, 4, 1], [7, 6, 3]])
        if case .bytes = images[1].samples {} else { Issue.record("a uint8 image keeps its bytes") }
    }

    @Test func showImagesMakesAGrid() throws {
        let displays = run("showImages([zeros([2, 2]), ones([2, 2]), zeros([2, 2])], nrows: 2, titles: [\"a\", \"b\"])")
        guard case .imageGrid(let images, let rows, let columns) = try #require(displays.outputs.first).output else {
            Issue.record("not a grid")
            return
        }
        #expect((images.count, rows, columns) == (3, 2, 2))
        #expect(images.map(\.title) == ["a", "b", nil])
        #expect(run("showImages(zeros([4, 5, 5]))").text.hasPrefix("[images 1x4 5x5 #"))
    }

    @Test func showTableShadesAPixelCrop() throws {
        let displays = run("showTable(tensor([[0, 128], [255, 7]]).byte(), gradient: \"Greys\", fontSize: 6)")
        guard case .table(let table) = try #require(displays.outputs.first).output else {
            Issue.record("not a table")
            return
        }
        #expect(table.isIntegral && table.fontSize == 6 && table.colourMap == .greys)
        #expect(displays.text == "[table 2x2 Greys]\n  0 128\n255   7\n")
        #expect(run("showTable(tensor([0.5, 0.25]))").text == "[table 2x1 PuBu]\n0.50\n0.25\n")
    }

    @Test func showTableScalesPerColumnUnlessToldOtherwise() throws {
        func table(_ source: String) throws -> TableDisplay? {
            guard case .table(let table) = try #require(run(source).outputs.first).output else { return nil }
            return table
        }
        let values = "tensor([[0, 10], [5, 20]])"
        let perColumn = try #require(try table("showTable(\(values), gradient: \"Greys\")"))
        #expect(perColumn.axis == .columns)
        #expect(perColumn.shading(row: 1, column: 0)?.background.hex == "#000000", "5 is its column's maximum")
        #expect(try table("showTable(\(values), axis: 0)")?.axis == .columns)
        #expect(try table("showTable(\(values), axis: 1)")?.axis == .rows)
        #expect(try table("showTable(\(values), axis: nil)")?.axis == .table)
        #expect(run("showTable(\(values), axis: nil)").text.hasPrefix("[table 2x2 PuBu axis=None]\n"))
        #expect(run("showTable(\(values), axis: 1)").text.hasPrefix("[table 2x2 PuBu axis=1]\n"))
        #expect(
            run("showTable(\(values), axis: 2)").text
                == "error: showTable: axis is 0 (each column), 1 (each row) or nil (the whole table), got 2")
    }

    @Test func plotsOfOneCellMakeOneFigure() throws {
        let displays = run(
            """
            func f(_ x: Tensor) -> Tensor { x ** 2 }
            plotFunction(f, tx: "x", ty: "x**2", title: "square")
            scatter(-1.5, f(tensor(-1.5)), color: "red")
            print("drawn")
            """)
        #expect(displays.outputs.count == 1)
        guard case .figure(let figure) = try #require(displays.outputs.first).output else {
            Issue.record("not a figure")
            return
        }
        let axes = try #require(figure.axes.first)
        #expect(axes.title == "square" && axes.xLabel == "x" && axes.yLabel == "x**2")
        #expect(axes.series.map(\.kind) == [.line, .scatter])
        #expect(axes.series[0].xs.count == 100 && axes.series[0].xs.first == -2 && axes.series[0].xs.last == 2)
        #expect(axes.series[1].ys == [2.25] && axes.series[1].colour?.hex == "#ff0000")
        #expect(displays.text == "drawn\n" + figure.textForm)
        #expect(run("1 + 1").outputs.isEmpty)
    }

    @Test func builtinFunctionsPlotAsValues() throws {
        let displays = run("plotFunction(sigmoid, title: \"Sigmoid\", min: -4, max: 4)")
        guard case .figure(let figure) = try #require(displays.outputs.first).output else {
            Issue.record("not a figure: \(displays.text)")
            return
        }
        let ys = figure.axes[0].series[0].ys
        #expect(ys.count == 100 && ys[0] < 0.02 && ys[99] > 0.98)
    }

    @Test func plotAndLabels() throws {
        let displays = run(
            """
            plot([3, 1, 2], label: "loss")
            plot([0, 1, 2], [1, 1, 1], color: "C2")
            title("Training")
            xlabel("step")
            ylabel("value")
            """)
        guard case .figure(let figure) = try #require(displays.outputs.first).output else {
            Issue.record("not a figure")
            return
        }
        let axes = figure.axes[0]
        #expect(axes.series[0].xs == [0, 1, 2] && axes.series[0].ys == [3, 1, 2] && axes.series[0].label == "loss")
        #expect(axes.colour(ofSeries: 1).hex == "#2ca02c")
        #expect((axes.title, axes.xLabel, axes.yLabel) == ("Training", "step", "value"))
    }

    @Test func subplotsGiveAxesToDrawOn() throws {
        let displays = run(
            """
            let (fig, axs) = subplots(1, 4, figsize: (12, 3))
            axs[0].plot([1, 2, 3])
            axs[1].scatter([1, 2], [3, 4], color: "red")
            axs[2].setYlim(-300, 100)
            axs[2].setTitle("limits")
            showImage(tensor([[0, 255], [255, 0]]).byte(), title: "pixels", ax: axs[3])
            print(fig, axs[0])
            """)
        guard case .figure(let figure) = try #require(displays.outputs.first).output else {
            Issue.record("not a figure: \(displays.text)")
            return
        }
        #expect((figure.rows, figure.columns, figure.size) == (1, 4, FigureSize(width: 12, height: 3)))
        #expect(figure.axes[0].series.map(\.ys) == [[1, 2, 3]])
        #expect(figure.axes[1].series.first?.kind == .scatter)
        #expect(figure.axes[2].yLimits == -300...100 && figure.axes[2].title == "limits")
        #expect(figure.axes[3].image?.width == 2 && figure.axes[3].title == "pixels" && !figure.axes[3].showsAxis)
        #expect(
            displays.text.hasPrefix("<Figure size 1200x300 with 4 Axes> <Axes: >\n[figure 1x4: 2 series, 1 image #"))
    }

    @Test func aGridOfAxesIsRowsOfAxesAndOneAxesIsNoArray() {
        #expect(
            run("let (_, axs) = subplots(2, 2)\n(axs.count, axs[1].count)").text.hasPrefix(
                "(2, 2)\n[figure 2x2: 0 series #"))
        #expect(run("let (_, ax) = subplots()\nax.setTitle(\"one\")\nax").text.hasPrefix("<Axes: >\n[figure \"one\""))
        #expect(run("subplots(0, 2)").text.hasPrefix("error: Number of rows and columns must be positive"))
    }

    @Test func eachFigureOfACellIsShownInOrder() {
        let displays = run(
            """
            plot([1, 2])
            let (_, axs) = subplots(1, 2)
            plot([3, 4])
            """)
        let forms = displays.text.split(separator: "\n")
        #expect(
            forms.count == 2 && forms[0].hasPrefix("[figure: 1 series") && forms[1].hasPrefix("[figure 1x2: 1 series"))
    }

    @Test func axesOfAnEndedCellCannotDraw() {
        let lesson = LessonLibrary.makeLesson()
        let origin = SourceOrigin(file: "t.md", line: 1)
        _ = lesson.session.run("let (_, ax) = subplots()", origin: origin)
        _ = lesson.displays.finishCell(text: "")
        let late = lesson.session.run("ax.plot([1, 2])", origin: origin)
        #expect(late.error?.message.hasPrefix("this figure was shown at the end of the cell") == true)
    }

    @Test func mistakesAreCellErrors() {
        #expect(run("showImage(zeros([5]))").text.hasPrefix("error: Invalid shape [5] for image data"))
        #expect(
            run("showTable(zeros([2, 2]), gradient: \"Greyz\")").text.hasPrefix(
                "error: 'Greyz' is not a known colormap"))
        #expect(
            run("scatter([1, 2], [1], color: \"red\")").text
                == "error: scatter: x and y must have the same size, got 2 and 1")
        #expect(run("plot([1, 2], color: \"reddish\")").text.hasPrefix("error: 'reddish' is not a valid color value"))
        #expect(run("showImages([zeros([2, 2])], nrows: 0)").text == "error: showImages: nrows must be positive, got 0")
    }

    @Test func aPlainSessionPrintsTextFormsOnly() {
        let session = ScriptSession(bindings: LessonLibrary.bindings())
        let result = session.run("showImage(zeros([2, 2]))\nplot([1, 2])", origin: SourceOrigin(file: "t.md", line: 1))
        #expect(result.error == nil)
        #expect(result.printed.hasPrefix("[image 2x2 #"))
    }
}
