import Learning
import LessonDisplay
import LessonScript
import Tensors

/// The display calls of fast.ai lessons (docs/library.md): `showImage`, `showImages`, `showTable`,
/// `plotFunction`, `plot`, `scatter`, `title`, `xlabel`, `ylabel`. Each prints its output's short text form
/// (what `lesson check` compares) and records the output itself in the lesson's ``DisplayLog`` (what
/// `lesson render` draws).
func registerDisplay(in table: BindingTable) {
    registerImageDisplay(in: table)
    registerTableDisplay(in: table)
    registerPlotting(in: table)
}

extension BindingCall {
    /// Shows a rich output: prints its text form on a line of its own and records it, with the place of that
    /// text, in the lesson's display log (when there is one).
    ///
    /// ```swift
    /// call.display(.trainingTable(TrainingTable(columns: names, rows: rows)))
    /// ```
    func display(_ output: RichOutput) {
        let start = outputLength
        write(output.textForm)
        DisplayLog.current?.record(output, printedAt: start..<outputLength)
        write("\n")
    }

    /// A colour argument (`color: "red"`), as matplotlib reads one.
    func colour(_ label: String) throws -> Colour? {
        guard let value = self[label] else { return nil }
        let name = try value.asString()
        guard let colour = Colour(matplotlibName: name) else {
            throw BindingError("'\(name)' is not a valid color value (use a name like \"red\", \"C1\" or \"#1f77b4\")")
        }
        return colour
    }

    /// A colour map argument (`gradient: "Greys"`), as matplotlib names them.
    func colourMap(_ label: String, default fallback: ColourMap) throws -> ColourMap {
        guard let value = self[label] else { return fallback }
        let name = try value.asString()
        guard let map = ColourMap(named: name) else {
            let known = ColourMap.all.map(\.name).joined(separator: ", ")
            throw BindingError("'\(name)' is not a known colormap name (known: \(known))")
        }
        return map
    }
}

extension Value {
    /// A tensor of the value: the tensor itself, an image's pixels (`tensor(image)`), or numbers and nested arrays
    /// of numbers made into one.
    func asDisplayTensor() throws -> Tensor {
        if case .native(let object) = self, let tensor = object as? Tensor { return tensor.detach() }
        if case .native(let object) = self, let image = object as? Image { return try tensor(image) }
        return try makeTensor(from: self)
    }

    /// The numbers of a tensor, an array of numbers or one number, flattened (plot coordinates).
    func asNumbers() throws -> [Double] {
        try asDisplayTensor().doubleElements()
    }
}
