/// What running one cell produced.
///
/// ```swift
/// let result = session.run("print(1 + 2)\n[1, 2]", origin: SourceOrigin(file: "intro.md", line: 10))
/// result.printed    // "3\n"
/// result.valueText  // "[1, 2]"
/// result.text       // "3\n[1, 2]"
/// ```
public struct CellResult {
    /// Everything the cell printed, in order.
    public var printed: String
    /// The display text of the cell's final value, when its last statement is an expression with a value.
    public var valueText: String?
    /// The error that stopped the cell, if any; what was printed before it is kept.
    public var error: ScriptError?
    /// How long the cell ran.
    public var duration: Duration

    /// The cell's text output as docs/lesson-format.md defines it: the printed text, then the final value's display.
    public var text: String {
        guard let valueText else { return printed }
        if printed.isEmpty || printed.hasSuffix("\n") { return printed + valueText }
        return printed + "\n" + valueText
    }
}
