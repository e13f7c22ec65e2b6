import LessonDisplay

/// A figure as inline SVG, drawn the way matplotlib draws a figure: its grid of axes (``AxesSVG``), each in an
/// equal cell of the drawing, at the figure's size (96 CSS pixels per inch; 6 x 4 inches by default). Axes and
/// text use `currentColor`, so the plot follows the page's light or dark theme.
struct FigureSVG {
    /// CSS pixels per inch of `figsize`.
    static let pixelsPerInch = 96.0

    let figure: Figure

    init(_ figure: Figure) {
        self.figure = figure
    }

    /// The drawing's width and height in CSS pixels.
    var size: (width: Double, height: Double) {
        (figure.drawnSize.width * Self.pixelsPerInch, figure.drawnSize.height * Self.pixelsPerInch)
    }

    /// The `<figure>` holding the SVG.
    var html: String {
        let (width, height) = (Int(size.width.rounded()), Int(size.height.rounded()))
        let title = figure.axes.count == 1 ? figure.axes[0].title : nil
        var svg = "<figure class=\"plot\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 "
        svg += "\(width) \(height)\" width=\"\(width)\" height=\"\(height)\""
        svg += " aria-label=\"\((title ?? "plot").htmlEscaped)\">\n"
        if let title { svg += "<title>\(title.htmlEscaped)</title>\n" }
        let cell = (width: size.width / Double(figure.columns), height: size.height / Double(figure.rows))
        for (index, axes) in figure.axes.enumerated() {
            let (row, column) = (index / figure.columns, index % figure.columns)
            let frame: AxesSVG.Frame = (
                left: Double(column) * cell.width, top: Double(row) * cell.height, width: cell.width,
                height: cell.height
            )
            svg += AxesSVG(axes, in: frame).markup
        }
        return svg + "</svg></figure>\n"
    }
}
