import LessonDisplay
import LessonScript
import Tensors

/// `showTable(t[4..<15, 4..<22], gradient: "Greys", fontSize: 6)`: the book's
/// `pd.DataFrame(t).style.set_properties(**{'font-size': '6pt'}).background_gradient('Greys')`, a table of a
/// rank-1 or rank-2 tensor's values (or nested arrays of numbers) shaded by a colour map (`PuBu` by default,
/// as pandas), each column scaled from its minimum to its maximum as pandas' default `axis=0` does; `axis: 1`
/// scales each row, `axis: nil` the whole table.
func registerTableDisplay(in table: BindingTable) {
    table.function("showTable(_:gradient?:fontSize?:axis?:)") { call in
        let tensor = try call.value(0).asDisplayTensor()
        guard tensor.ndim == 1 || tensor.ndim == 2 else {
            throw BindingError("showTable: expected a rank-1 or rank-2 tensor, got shape \(tensor.shape)")
        }
        let rows = tensor.shape[0]
        let columns = tensor.ndim == 2 ? tensor.shape[1] : 1
        do {
            let display = try TableDisplay(
                rows: rows, columns: columns, values: tensor.doubleElements(),
                isIntegral: !tensor.dtype.isFloatingPoint, colourMap: call.colourMap("gradient", default: .puBu),
                fontSize: call["fontSize"]?.asDouble(), axis: gradientAxis(call["axis"]))
            call.display(.table(display))
        } catch let error as DisplayError {
            throw BindingError(error.message)
        }
        return .void
    }
}

/// pandas' `axis`: left out or `0` per column, `1` per row, `nil` the whole table.
private func gradientAxis(_ value: Value?) throws -> TableDisplay.GradientAxis {
    switch value {
    case nil, .int(0)?: return .columns
    case .int(1)?: return .rows
    case .optional(nil)?: return .table
    case .int(let other)?:
        throw BindingError("showTable: axis is 0 (each column), 1 (each row) or nil (the whole table), got \(other)")
    case let other?:
        throw BindingError(
            "showTable: axis is 0 (each column), 1 (each row) or nil (the whole table), got a \(other.typeName)")
    }
}
