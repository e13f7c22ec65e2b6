extension Tensor: CustomStringConvertible {
    /// The tensor as PyTorch's `repr` shows it, with the calling thread's print options
    /// (`TensorContext.current.printOptions`).
    ///
    /// ```swift
    /// try tensor([[1, 2, 3], [4, 5, 6]]).description
    /// // tensor([[1, 2, 3],
    /// //         [4, 5, 6]])
    /// ```
    public var description: String { formatted(options: TensorContext.current.printOptions) }

    /// The tensor as PyTorch's `repr` shows it with the given options (`torch._tensor_str._str`): the elements,
    /// then `size=` for an empty tensor, `dtype=` for a dtype other than float32, int64 and bool, and
    /// `requires_grad=True` for a leaf that requires grad or `grad_fn=<...>` for a computed tensor, moved to a line
    /// of its own where it would pass the line width.
    ///
    /// ```swift
    /// var options = PrintOptions()
    /// options.precision = 2
    /// try tensor([3.14159, 2.0]).requiresGrad().formatted(options: options)
    /// // tensor([3.14, 2.00], requires_grad=True)
    /// ```
    public func formatted(options: PrintOptions) -> String {
        var options = options
        // PyTorch misbehaves for a negative `edgeitems`; none is shown instead.
        options.edgeItems = Swift.max(0, options.edgeItems)
        let prefix = "tensor("
        var suffixes: [String] = []
        let body: String
        if count == 0 {
            if ndim != 1 { suffixes.append("size=" + pythonTupleText(shape)) }
            if dtype != .float32 { suffixes.append("dtype=\(dtype)") }
            body = "[]"
        } else {
            if options.edgeItems == 0 { suffixes.append("size=" + pythonTupleText(shape)) }
            if ![.float32, .int64, .bool].contains(dtype) { suffixes.append("dtype=\(dtype)") }
            let summarize = count > options.threshold
            let values = displayedValues(summarize: summarize, edgeItems: options.edgeItems)
            let elements = FormattedElements(values, options: options)
            let layout = TensorLayout(shape: shape, elements: elements, summarize: summarize, options: options)
            body = layout.text(indent: prefix.utf8.count)
        }
        if let gradFn {
            suffixes.append("grad_fn=<\(gradFn.name)>")
        } else if requiresGrad {
            suffixes.append("requires_grad=True")
        }
        let text = appendingSuffixes(
            suffixes, to: prefix + body, indent: prefix.utf8.count, lineWidth: options.lineWidth)
        return isParameter ? "Parameter containing:\n" + text : text
    }
}

/// `_add_suffixes`: each suffix after `, ` on the last line, or on a new line indented by `indent` when it would
/// pass the line width. PyTorch's measure of the last line counts two more characters than the line has; the
/// measure is kept so that wrapping matches.
private func appendingSuffixes(_ suffixes: [String], to text: String, indent: Int, lineWidth: Int) -> String {
    var result = text
    let lastLine = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).last ?? []
    var lastLineLength = lastLine.count + 2
    for suffix in suffixes {
        let length = suffix.utf8.count
        if lastLineLength + length + 2 > lineWidth {
            result += ",\n" + String(repeating: " ", count: indent) + suffix
            lastLineLength = indent + length
        } else {
            result += ", " + suffix
            lastLineLength += length + 2
        }
    }
    return result + ")"
}

/// Python's `str(tuple(shape))`: `(0, 3)`, `(5,)`, `()`.
private func pythonTupleText(_ shape: [Int]) -> String {
    let items = shape.map(String.init).joined(separator: ", ")
    return "(" + items + (shape.count == 1 ? ",)" : ")")
}
