/// The rich outputs of one lesson's cells, recorded as the cells run and collected after each cell.
///
/// Library bindings print an output's text form into the cell's output and record the output with the range
/// of bytes it printed (``record(_:printedAt:)``). Plotting calls draw on the cell's one figure
/// (``drawFigure(_:)``), which is emitted when the runner ends the cell (``finishCell(text:)``): its text form
/// then goes at the end of the cell's text, as Jupyter shows a cell's figure after its output.
///
/// One log belongs to one lesson; it is used from the thread running the lesson's current cell and then by
/// the runner between cells, never by two threads at once.
///
/// ```swift
/// let log = DisplayLog()
/// log.record(.image(mean3), printedAt: 0..<21)       // showImage(mean3) printed "[image 28x28 #a41f09]\n"
/// log.drawFigure { $0.title = "loss" }                // title("loss")
/// let displays = log.finishCell(text: "[image 28x28 #a41f09]\n")
/// displays.text     // "[image 28x28 #a41f09]\n[figure \"loss\": 0 series #......]"
/// displays.outputs  // the image at 0..<21, the figure at 22..<56
/// ```
public final class DisplayLog {
    private var outputs: [PlacedOutput] = []
    private var figure: Figure?

    /// An empty log.
    ///
    /// ```swift
    /// let log = DisplayLog()
    /// ```
    public init() {}

    /// Records an output whose text form the running cell printed at `range` (UTF-8 byte offsets in the
    /// cell's printed text, which starts at 0 for each cell).
    ///
    /// ```swift
    /// let start = call.outputLength
    /// call.write(output.textForm + "\n")
    /// log.record(output, printedAt: start..<start + output.textForm.utf8.count)
    /// ```
    public func record(_ output: RichOutput, printedAt range: Range<Int>) {
        outputs.append(PlacedOutput(output, range: range))
    }

    /// Changes the running cell's figure, creating it empty on first use.
    ///
    /// ```swift
    /// log.drawFigure { $0.series.append(Figure.Series(kind: .line, xs: xs, ys: ys)) }
    /// ```
    public func drawFigure<Result>(_ draw: (inout Figure) throws -> Result) rethrows -> Result {
        var current = figure ?? Figure()
        defer { figure = current }
        return try draw(&current)
    }

    /// Ends the cell: returns its complete text (`text`, the cell's text output, followed on a new line by
    /// the figure's text form when the cell drew one) with every output placed in it, and empties the log for
    /// the next cell. Call it after every cell that ran, failed or not, before appending an error message.
    ///
    /// ```swift
    /// let result = environment.session.run(cell.source, origin: origin)
    /// let displays = environment.displays.finishCell(text: result.text)
    /// ```
    public func finishCell(text: String) -> CellDisplays {
        defer {
            outputs = []
            figure = nil
        }
        var text = text
        var placed = outputs
        if let figure {
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            let start = text.utf8.count
            let form = RichOutput.figure(figure).textForm
            text += form
            placed.append(PlacedOutput(.figure(figure), range: start..<start + form.utf8.count))
        }
        return CellDisplays(text: text, outputs: placed)
    }
}
