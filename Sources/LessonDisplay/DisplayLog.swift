/// The rich outputs of one lesson's cells, recorded as the cells run and collected after each cell.
///
/// Library bindings print an output's text form into the cell's output and record the output with the range
/// of bytes it printed (``record(_:printedAt:)``). Plotting calls draw on the cell's figures: `plot`, `title`...
/// on the current axes of the current figure (``drawCurrentAxes(_:)``, matplotlib's `gca()`, making a figure when
/// the cell has none), `subplots` makes a new figure (``newFigure(_:)``), and an axes handle draws on its own axes
/// (``drawAxes(figure:index:_:)``). The figures are emitted when the runner ends the cell (``finishCell(text:)``):
/// their text forms then go at the end of the cell's text, in the order they were made, as Jupyter shows a
/// cell's figures after its output.
///
/// One log belongs to one lesson; it is used from the thread running the lesson's current cell and then by
/// the runner between cells, never by two threads at once.
///
/// ```swift
/// let log = DisplayLog()
/// log.record(.image(mean3), printedAt: 0..<21)       // showImage(mean3) printed "[image 28x28 #a41f09]\n"
/// log.drawCurrentAxes { $0.title = "loss" }           // title("loss")
/// let displays = log.finishCell(text: "[image 28x28 #a41f09]\n")
/// displays.text     // "[image 28x28 #a41f09]\n[figure \"loss\": 0 series #......]"
/// displays.outputs  // the image at 0..<21, the figure at 22..<56
/// ```
public final class DisplayLog {
    private var outputs: [PlacedOutput] = []
    /// The running cell's figures, in the order they were made, with their ids and current axes.
    private var figures: [(id: Int, figure: Figure, currentAxes: Int)] = []
    /// The position in `figures` of the current figure.
    private var currentFigure: Int?
    /// The id the next figure gets: ids are never reused, so a handle from an earlier cell finds nothing.
    private var nextFigureID = 0

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

    /// Changes the current axes of the current figure, making a figure of one set of axes on first use.
    ///
    /// ```swift
    /// log.drawCurrentAxes { $0.series.append(Axes.Series(kind: .line, xs: xs, ys: ys)) }
    /// ```
    public func drawCurrentAxes<Result>(_ draw: (inout Axes) throws -> Result) rethrows -> Result {
        let position: Int
        if let currentFigure {
            position = currentFigure
        } else {
            newFigure(Figure())
            position = figures.count - 1
        }
        let axes = figures[position].currentAxes
        return try draw(&figures[position].figure.axes[axes])
    }

    /// Adds `figure` to the running cell and makes it the current figure, with its last axes current (as
    /// matplotlib's `subplots` leaves them); returns its id, for ``drawAxes(figure:index:_:)``.
    ///
    /// ```swift
    /// let id = log.newFigure(Figure(rows: 1, columns: 4, size: FigureSize(width: 12, height: 3)))
    /// ```
    @discardableResult
    public func newFigure(_ figure: Figure) -> Int {
        let id = nextFigureID
        nextFigureID += 1
        figures.append((id, figure, figure.axes.count - 1))
        currentFigure = figures.count - 1
        return id
    }

    /// Changes axes `index` of the figure `id`.
    /// - Throws: when the figure belongs to a cell that has ended (it was shown then), or has no such axes.
    public func drawAxes<Result>(
        figure id: Int, index: Int, _ draw: (inout Axes) throws -> Result
    ) throws
        -> Result
    {
        guard let position = figures.firstIndex(where: { $0.id == id }) else {
            throw DisplayError(
                "this figure was shown at the end of the cell that made it: make a new one (subplots) to draw again")
        }
        guard figures[position].figure.axes.indices.contains(index) else {
            throw DisplayError("the figure has no axes \(index)")
        }
        return try draw(&figures[position].figure.axes[index])
    }

    /// Ends the cell: returns its complete text (`text`, the cell's text output, followed by the text form of
    /// each figure the cell made, one per line) with every output placed in it, and empties the log for the next
    /// cell. Call it after every cell that ran, failed or not, before appending an error message.
    ///
    /// ```swift
    /// let result = environment.session.run(cell.source, origin: origin)
    /// let displays = environment.displays.finishCell(text: result.text)
    /// ```
    public func finishCell(text: String) -> CellDisplays {
        defer {
            outputs = []
            figures = []
            currentFigure = nil
        }
        var text = text
        var placed = outputs
        for (_, figure, _) in figures {
            if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
            let start = text.utf8.count
            let form = RichOutput.figure(figure).textForm
            text += form
            placed.append(PlacedOutput(.figure(figure), range: start..<start + form.utf8.count))
        }
        return CellDisplays(text: text, outputs: placed)
    }
}
