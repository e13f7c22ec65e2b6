import LessonDisplay
import LessonDocument

/// One cell as HTML: its location in the lesson file, its highlighted code, then what it showed (text, rich
/// outputs in place, an error box), each part left out as the cell's `hide-code`, `hide-output` and `hide`
/// options ask.
///
/// ```html
/// <section class="cell" id="cell-3">
/// <div class="cell-head"><a class="cell-where" href="#cell-3">lessons/x.md:12</a></div>
/// <pre class="code"><code>...</code></pre>
/// <div class="cell-output">...</div>
/// </section>
/// ```
enum CellHTML {
    /// The id of a cell's section, for links: `cell-3`.
    static func id(of cell: Cell) -> String { "cell-\(cell.index + 1)" }

    /// The cell's HTML; `rendered` is `nil` when the cell did not run (its expected output, if any, is shown).
    static func html(_ cell: Cell, rendered: RenderedCell?, path: String) -> String {
        let options = cell.options
        guard !(options.hideCode && options.hideOutput) else { return "" }
        let id = id(of: cell)
        var html = "<section class=\"cell\" id=\"\(id)\">\n"
        if !options.hideCode {
            html += "<div class=\"cell-head\"><a class=\"cell-where\" href=\"#\(id)\">"
            html += "\(path.htmlEscaped):\(cell.location.line)</a>"
            if options.noRun { html += " <span class=\"cell-badge\">not run</span>" }
            html += "</div>\n<pre class=\"code\"><code>\(SwiftHighlighter.html(cell.source))</code></pre>\n"
        }
        if !options.hideOutput {
            html += outputHTML(cell, rendered: rendered)
        }
        return html + "</section>\n"
    }

    /// The output part: empty when the cell showed nothing.
    private static func outputHTML(_ cell: Cell, rendered: RenderedCell?) -> String {
        var body = ""
        if let rendered {
            for segment in OutputSegment.segments(of: rendered.text, outputs: rendered.outputs) {
                switch segment {
                case .text(let text): body += "<pre class=\"output\">\(text.htmlEscaped)</pre>\n"
                case .rich(let output): body += richHTML(output)
                }
            }
            if let error = rendered.error {
                let expected = cell.options.expectError
                body += "<div class=\"error\(expected ? " expected" : "")\" role=\"note\">"
                body += "<p class=\"error-label\">\(expected ? "Expected error" : "Error")</p>"
                body += "<pre>\(error.htmlEscaped)</pre></div>\n"
            }
        } else if let expected = cell.expectedOutput {
            var text = expected
            while text.last?.isNewline == true { text.removeLast() }
            body += "<pre class=\"output\">\(text.htmlEscaped)</pre>\n"
        }
        return body.isEmpty ? "" : "<div class=\"cell-output\">\n\(body)</div>\n"
    }

    /// A rich output drawn.
    static func richHTML(_ output: RichOutput) -> String {
        switch output {
        case .image(let image): ImageHTML.html(image)
        case .imageGrid(let images, _, let columns): ImageHTML.gridHTML(images, columns: columns)
        case .table(let table): TableHTML.html(table)
        case .figure(let figure): FigureSVG(figure).html
        case .trainingTable(let table): TableHTML.html(table)
        }
    }
}
