/// A display that cannot be made from the values given (a wrong shape, a sample count that does not match).
///
/// ```swift
/// do { _ = try TableDisplay(rows: 2, columns: 2, values: [1, 2, 3]) } catch { print(error) }
/// // a 2x2 table needs 4 values, got 3
/// ```
public struct DisplayError: Error, Equatable, CustomStringConvertible {
    /// What is wrong, in a sentence for the person who wrote the cell.
    public let message: String

    /// An error with its message.
    ///
    /// ```swift
    /// DisplayError("an image needs 1 or 3 channels, got 2")
    /// ```
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
