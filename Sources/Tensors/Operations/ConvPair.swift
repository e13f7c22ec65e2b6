/// A size, stride, padding or dilation of a 2-D convolution or pooling: one number for both dimensions, or a
/// (height, width) pair, as PyTorch's `int or tuple` arguments.
///
/// ```swift
/// try conv2d(x, w, stride: 2, padding: [1, 2])   // stride 2 both ways; 1 row and 2 columns of padding
/// ```
public struct ConvPair: Equatable, Sendable, ExpressibleByIntegerLiteral, ExpressibleByArrayLiteral,
    CustomStringConvertible
{
    /// The numbers: a height and a width, or a list as given (one number for both dimensions; other counts are
    /// kept so that the operation can refuse them with PyTorch's message).
    public let values: [Int]

    /// The same number for height and width: `ConvPair(3)` is `[3, 3]`, as PyTorch reads an integer argument.
    public init(_ value: Int) { values = [value, value] }

    /// A height and a width: `ConvPair(3, 5)`.
    public init(_ height: Int, _ width: Int) { values = [height, width] }

    /// The numbers of a list (`[2]`, `[2, 1]`).
    public init(_ values: [Int]) { self.values = values }

    /// `stride: 2`.
    public init(integerLiteral value: Int) { self.init(value) }

    /// `stride: [2, 1]`.
    public init(arrayLiteral elements: Int...) { self.init(elements) }

    /// The numbers as PyTorch prints an argument list: `[2, 1]`.
    public var description: String { shapeText(values) }

    /// The (height, width) pair, or `nil` when there are neither one nor two numbers.
    var pair: (height: Int, width: Int)? {
        switch values.count {
        case 1: (values[0], values[0])
        case 2: (values[0], values[1])
        default: nil
        }
    }
}
