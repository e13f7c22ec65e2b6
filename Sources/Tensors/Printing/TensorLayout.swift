/// The bracketed body of a tensor's print (`_tensor_str_with_formatter` and `_vector_str`): rows nested one
/// column deeper per dimension, `...` where a summarised dimension leaves entries out, blank lines between the
/// blocks of 3-d and higher tensors, and rows wrapped at the line width.
struct TensorLayout {
    /// The shape of the tensor printed.
    let shape: [Int]
    /// Its shown elements, formatted, in the order they are shown.
    let elements: FormattedElements
    /// Whether the tensor has more elements than `PrintOptions.threshold`.
    let summarize: Bool
    /// The options the tensor prints with.
    let options: PrintOptions

    /// The body, for a first line that already holds `indent` characters (`tensor(` is 7).
    func text(indent: Int) -> String {
        var next = 0
        return block(dim: 0, indent: indent, next: &next)
    }

    /// The part of the body for dimensions `dim...`, consuming shown elements from `next` on.
    private func block(dim: Int, indent: Int, next: inout Int) -> String {
        if dim == shape.count {
            defer { next += 1 }
            return elements.texts[next]
        }
        if dim == shape.count - 1 {
            return row(size: shape[dim], indent: indent, next: &next)
        }
        let shown = ShownIndices(size: shape[dim], summarize: summarize, edgeItems: options.edgeItems)
        var slices: [String] = []
        for _ in shown.head { slices.append(block(dim: dim + 1, indent: indent + 1, next: &next)) }
        if let tail = shown.tail {
            slices.append("...")
            for _ in tail { slices.append(block(dim: dim + 1, indent: indent + 1, next: &next)) }
        }
        let blankLines = String(repeating: "\n", count: shape.count - dim - 1)
        return "[" + slices.joined(separator: "," + blankLines + String(repeating: " ", count: indent + 1)) + "]"
    }

    /// `_vector_str`: one innermost row, as many elements per line as fit in the line width.
    private func row(size: Int, indent: Int, next: inout Int) -> String {
        var items: [String] = []
        if summarize && options.edgeItems == 0 {
            items = ["..."]
        } else {
            let shown = ShownIndices(size: size, summarize: summarize, edgeItems: options.edgeItems)
            items = take(shown.head.count, next: &next)
            if let tail = shown.tail {
                items.append(" ...")
                items += take(tail.count, next: &next)
            }
        }
        let elementLength = Double(elements.width + 2)
        let perLine = max(1, Int((Double(options.lineWidth - indent) / elementLength).rounded(.down)))
        let lines = stride(from: 0, to: items.count, by: perLine).map {
            items[$0..<min($0 + perLine, items.count)].joined(separator: ", ")
        }
        return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }

    private func take(_ count: Int, next: inout Int) -> [String] {
        defer { next += count }
        return Array(elements.texts[next..<(next + count)])
    }
}
