import LessonScript

/// Runs cells in one fresh session and returns the last cell's text output (or its error message).
func output(_ cells: String..., bindings: BindingTable = BindingTable()) -> String {
    let session = ScriptSession(bindings: bindings, options: .init(timeLimit: 10))
    var last = ""
    for (index, cell) in cells.enumerated() {
        let result = session.run(cell, origin: SourceOrigin(file: "test.md", line: 10 * index + 1))
        last = result.error.map { result.text + "error: " + $0.message } ?? result.text
    }
    return last
}

/// Runs one cell and returns its result.
func run(_ source: String, in session: ScriptSession = ScriptSession()) -> CellResult {
    session.run(source, origin: SourceOrigin(file: "test.md", line: 1))
}
