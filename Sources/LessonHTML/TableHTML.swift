import LessonDisplay

/// Tables: pixel tables shaded per cell as pandas' `background_gradient` shades them (background colour from
/// the colour map, text `#f1f1f1` on dark cells and black elsewhere, row and column numbers as headers), and
/// fast.ai's training table.
enum TableHTML {
    /// A shaded table of numbers.
    static func html(_ table: TableDisplay) -> String {
        let texts = table.formattedValues()
        let shadings = table.shadings()
        let size = table.fontSize.map { " style=\"font-size:\(FixedDecimals.text($0, decimals: 2).trimmedDecimal)pt\"" }
        var html = "<div class=\"table-scroll\"><table class=\"pixels\"\(size ?? "")>\n<thead><tr><th></th>"
        for column in 0..<table.columns { html += "<th>\(column)</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in 0..<table.rows {
            html += "<tr><th>\(row)</th>"
            for column in 0..<table.columns {
                let index = row * table.columns + column
                if let shading = shadings[index] {
                    let text = shading.lightText ? "#f1f1f1" : "#000000"
                    html +=
                        "<td style=\"background-color:\(shading.background.hex);color:\(text)\">\(texts[index].htmlEscaped)</td>"
                } else {
                    html += "<td>\(texts[index].htmlEscaped)</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }

    /// fast.ai's table of epochs.
    static func html(_ table: TrainingTable) -> String {
        var html = "<div class=\"table-scroll\"><table class=\"training\">\n<thead><tr>"
        for name in table.columns { html += "<th>\(name.htmlEscaped)</th>" }
        html += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            html += "<tr>"
            for (index, value) in row.enumerated() {
                // The time column is marked: `render --check` does not compare it (see TrainingTimes).
                let isTime = index < table.columns.count && table.columns[index] == "time"
                html += isTime ? "<td class=\"time\">" : "<td>"
                html += value.htmlEscaped + "</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table></div>\n"
    }
}

extension String {
    /// A decimal without trailing zeros (`6.00` -> `6`, `6.50` -> `6.5`).
    fileprivate var trimmedDecimal: String {
        guard contains(".") else { return self }
        var text = self
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
