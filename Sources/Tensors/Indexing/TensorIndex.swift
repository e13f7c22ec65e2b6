/// One entry of a subscript, in the spelling lesson cells use for PyTorch's indexing.
///
/// | PyTorch | cell | index |
/// |---|---|---|
/// | `t[1]`, `t[-1]` | `t[1]`, `t[-1]` | `.index(1)` |
/// | `t[1:3]`, `t[:4]`, `t[2:]` | `t[1..<3]`, `t[..<4]`, `t[2...]` | `.slice(start: 1, end: 3)` |
/// | `t[:, 1]` | `t[..., 1]` | `.all` then `.index(1)` |
/// | `t[..., 0]` | `t[.ellipsis, 0]` | `.ellipsis` |
/// | `t[None]` | `t[.newAxis]` | `.newAxis` |
/// | `t[mask]`, `t[indices]` | `t[mask]` | `.tensor(mask)` |
public enum TensorIndex {
    /// One position along a dimension (negative counts from the end); the dimension goes away.
    case index(Int)
    /// Positions `start ..< end` with a step, clamped to the dimension as Python slices are; `nil` is open.
    case slice(start: Int?, end: Int?, step: Int)
    /// The whole dimension (`:` in Python).
    case all
    /// As many whole dimensions as needed (`...` in Python).
    case ellipsis
    /// A new dimension of size 1 (`None` in Python).
    case newAxis
    /// A bool mask or an integer index tensor (advanced indexing; makes a copy).
    case tensor(Tensor)

    /// A half-open slice `start..<end`.
    public static func range(_ range: Range<Int>) -> TensorIndex {
        .slice(start: range.lowerBound, end: range.upperBound, step: 1)
    }
}
