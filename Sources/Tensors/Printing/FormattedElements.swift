/// The shown elements of a tensor as text, the way `torch._tensor_str._Formatter` writes them: integers and
/// Booleans as Python writes them (`255`, `True`); floating-point elements all in one style chosen from the
/// non-zero finite ones, each padded on the left to the widest.
///
/// The style is scientific when forced by `PrintOptions.scientificMode` or, left to PyTorch's rule, when the
/// largest magnitude exceeds 1e8, the smallest is below 1e-4 or their ratio exceeds 1000; otherwise integral
/// (`3.`) when every element is a whole number, else fixed-point with `precision` digits.
struct FormattedElements {
    /// Each shown element's text, padded on the left to `width`, in the order the elements are shown.
    let texts: [String]
    /// `_Formatter.max_width`: the widest text, counting only the non-zero finite elements of a floating-point
    /// tensor (so `nan` may stick out), and at least 1.
    let width: Int

    init(_ values: [DisplayedValue], options: PrintOptions) {
        let style = FloatStyle(values, options: options)
        let unpadded = values.map { style.text(for: $0, precision: options.precision) }
        var width = 1
        for (value, text) in zip(values, unpadded) where value.countsTowardWidth {
            width = max(width, text.utf8.count)
        }
        self.width = width
        texts = unpadded.map { String(repeating: " ", count: max(0, width - $0.utf8.count)) + $0 }
    }
}

/// How the floating-point elements of one tensor are written.
private enum FloatStyle {
    /// `'{:.{precision}e}'`: `1.0000e-05`.
    case scientific
    /// `'{:.0f}'` and a dot for finite values: `3.`, `-0.`, `nan`.
    case integral
    /// `'{:.{precision}f}'`: `0.9168`.
    case fixed

    /// `_Formatter.__init__`'s choice for these values: integral when there is no non-zero finite value.
    init(_ values: [DisplayedValue], options: PrintOptions) {
        let finite = values.compactMap { value -> Double? in
            guard case .floatingPoint(let x) = value, x.isFinite, x != 0 else { return nil }
            return x
        }
        guard let smallest = finite.lazy.map(Swift.abs).min(), let largest = finite.lazy.map(Swift.abs).max() else {
            self = .integral
            return
        }
        let isScientific = options.scientificMode ?? (largest / smallest > 1000 || largest > 1e8 || smallest < 1e-4)
        if isScientific {
            self = .scientific
        } else if finite.allSatisfy({ $0.rounded(.up) == $0 }) {
            self = .integral
        } else {
            self = .fixed
        }
    }

    /// `_Formatter.format` without the padding.
    func text(for value: DisplayedValue, precision: Int) -> String {
        switch value {
        case .boolean(let flag): flag ? "True" : "False"
        case .integer(let integer): String(integer)
        case .floatingPoint(let x):
            switch self {
            case .scientific: PythonNumberFormat.scientific(x, precision: precision)
            case .integral: PythonNumberFormat.fixed(x, precision: 0) + (x.isFinite ? "." : "")
            case .fixed: PythonNumberFormat.fixed(x, precision: precision)
            }
        }
    }
}

extension DisplayedValue {
    /// Whether `_Formatter` measures this element: every integer and Boolean, but only non-zero finite floats.
    fileprivate var countsTowardWidth: Bool {
        guard case .floatingPoint(let x) = self else { return true }
        return x.isFinite && x != 0
    }
}
