import LessonDisplay
import Testing

struct DisplayLogTests {
    private let image = RichOutput.image(
        try! ImageDisplay(width: 1, height: 1, channels: 1, samples: .bytes([0])))

    @Test func recordedOutputsKeepTheirPlaces() {
        let log = DisplayLog()
        let form = image.textForm
        log.record(image, printedAt: 6..<6 + form.utf8.count)
        let displays = log.finishCell(text: "mean:\n\(form)\n")
        #expect(displays.text == "mean:\n\(form)\n")
        #expect(displays.outputs == [PlacedOutput(image, range: 6..<6 + form.utf8.count)])
    }

    @Test func nulsBecomeTheReplacementCharacterAndOutputsMoveWithThem() throws {
        let form = image.textForm
        let text = "a\u{0}\u{0}\n\(form)\n\u{0}"
        let start = "a\u{0}\u{0}\n".utf8.count
        let displays = CellDisplays(text: text, outputs: [PlacedOutput(image, range: start..<start + form.utf8.count)])
        let replaced = displays.withNULsReplaced()
        #expect(replaced.text == "a\u{FFFD}\u{FFFD}\n\(form)\n\u{FFFD}")
        let moved = try #require(replaced.outputs.first).range
        #expect(Array(replaced.text.utf8)[moved] == Array(form.utf8)[...])
        #expect(CellDisplays(text: "no nul", outputs: []).withNULsReplaced().text == "no nul")
    }

    @Test func aCellsPlotsMakeOneFigureAtTheEndOfItsText() {
        let log = DisplayLog()
        log.drawCurrentAxes { $0.series.append(Axes.Series(kind: .line, xs: [0, 1], ys: [0, 1])) }
        log.drawCurrentAxes { $0.series.append(Axes.Series(kind: .scatter, xs: [1], ys: [1])) }
        log.drawCurrentAxes { $0.title = "t" }
        let displays = log.finishCell(text: "2")
        guard case .figure(let figure) = displays.outputs.first?.output else {
            Issue.record("no figure")
            return
        }
        #expect(figure.axes.count == 1 && figure.axes[0].series.count == 2 && figure.axes[0].title == "t")
        let form = RichOutput.figure(figure).textForm
        #expect(displays.text == "2\n" + form)
        #expect(displays.outputs[0].range == 2..<2 + form.utf8.count)
    }

    @Test func finishingEmptiesTheLogForTheNextCell() {
        let log = DisplayLog()
        log.record(image, printedAt: 0..<21)
        log.drawCurrentAxes { $0.title = "t" }
        _ = log.finishCell(text: "")
        #expect(log.finishCell(text: "x\n") == CellDisplays(text: "x\n", outputs: []))
    }

    @Test func subplotsMakeFiguresShownInOrderAndGlobalCallsDrawOnTheLast() throws {
        let log = DisplayLog()
        log.drawCurrentAxes { $0.title = "first" }
        let id = log.newFigure(Figure(rows: 1, columns: 2))
        try log.drawAxes(figure: id, index: 0) { $0.title = "left" }
        log.drawCurrentAxes { $0.title = "last axes" }
        let displays = log.finishCell(text: "")
        let figures = displays.outputs.compactMap { placed -> Figure? in
            if case .figure(let figure) = placed.output { return figure }
            return nil
        }
        #expect(figures.count == 2)
        #expect(figures[0].axes.map(\.title) == ["first"])
        #expect(figures[1].axes.map(\.title) == ["left", "last axes"])
        #expect(displays.text.split(separator: "\n").count == 2)
        #expect(throws: DisplayError.self) { try log.drawAxes(figure: id, index: 0) { $0.title = "late" } }
    }
}
