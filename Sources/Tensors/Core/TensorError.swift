/// An error raised by a tensor operation. Where PyTorch raises an error for the same call, `message` carries
/// PyTorch's text, so a user can search for it.
///
/// ```swift
/// do { _ = try matmul(ones([4, 784]), ones([1, 784])) } catch let error as TensorError {
///     print(error.message)  // mat1 and mat2 shapes cannot be multiplied (4x784 and 1x784)
/// }
/// ```
public struct TensorError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What went wrong, broadly; tests and callers can switch over it.
    public enum Kind: Sendable, Equatable {
        case shapeMismatch, indexOutOfRange, invalidArgument, dtypeMismatch, outOfMemory, autograd
    }

    /// The kind of failure.
    public let kind: Kind
    /// The message, in PyTorch's words where PyTorch has them.
    public let message: String

    /// Creates an error of the given kind.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
