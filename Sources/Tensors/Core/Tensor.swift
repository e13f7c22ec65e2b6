/// An n-dimensional array with PyTorch's semantics: a strided view of shared storage, a dtype, and the autograd
/// state that lets `backward()` compute gradients.
///
/// A `Tensor` is a class: `let b = a` names the same tensor, and in-place updates are seen through every name.
/// Views (`t[1]`, `t.view(-1)`, `t.T`) share storage with their base.
///
/// ```swift
/// let t = tensor([[1, 2, 3], [4, 5, 6]])
/// t.shape          // [2, 3]
/// try t[1].sum()   // tensor(15)
/// ```
public final class Tensor {
    /// The memory this tensor views.
    let storage: TensorStorage
    /// The size of each dimension.
    public let shape: [Int]
    /// The distance, in elements, between neighbours along each dimension.
    public let strides: [Int]
    /// The position of the first element in the storage, in elements.
    public let storageOffset: Int
    /// The element type.
    public let dtype: DType

    /// Whether gradients are computed for this tensor (`requires_grad`).
    public internal(set) var requiresGrad: Bool
    /// The accumulated gradient of a leaf tensor after `backward()`; `nil` until then (or after `p.grad = nil`).
    public var grad: Tensor?
    /// The operation that made this tensor, for tensors computed from ones that require grad.
    public internal(set) var gradFn: GradNode?
    /// Whether this tensor is a module's parameter (`nn.Parameter`, made by `asParameter()`); it prints as
    /// PyTorch prints one.
    public internal(set) var isParameter = false
    /// For a view: the tensor whose storage it views (autograd uses it to reject in-place updates of leaves).
    let viewBase: Tensor?

    init(
        storage: TensorStorage, shape: [Int], strides: [Int], offset: Int, dtype: DType,
        viewBase: Tensor? = nil
    ) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.storageOffset = offset
        self.dtype = dtype
        self.requiresGrad = false
        self.viewBase = viewBase
    }

    deinit {
        // Deep graphs are freed by a loop, not by nested deinits (see `releaseGraph`).
        if gradFn != nil { Tensor.releaseGraph(from: &gradFn) }
    }

    /// A new contiguous tensor with uninitialised memory (callers fill every element).
    convenience init(uninitializedShape shape: [Int], dtype: DType) throws {
        let count = try elementCount(of: shape)
        let storage = try TensorStorage(count: count, dtype: dtype)
        self.init(storage: storage, shape: shape, strides: contiguousStrides(for: shape), offset: 0, dtype: dtype)
    }

    /// A new contiguous tensor filled with zeros.
    convenience init(zerosShape shape: [Int], dtype: DType) throws {
        let count = try elementCount(of: shape)
        let storage = try TensorStorage(count: count, dtype: dtype, zeroed: true)
        self.init(storage: storage, shape: shape, strides: contiguousStrides(for: shape), offset: 0, dtype: dtype)
    }

    /// The number of dimensions (`ndim`).
    public var ndim: Int { shape.count }

    /// The number of elements (`numel()`).
    public var count: Int { shape.reduce(1, *) }

    /// Whether the elements lie in row-major order without gaps.
    public var isContiguous: Bool {
        var expected = 1
        for dim in stride(from: shape.count - 1, through: 0, by: -1) where shape[dim] != 1 {
            if strides[dim] != expected { return false }
            expected *= shape[dim]
        }
        return true
    }

    /// Whether this tensor was created by the user rather than computed by a recorded operation.
    public var isLeaf: Bool { gradFn == nil }

    /// A typed pointer to the first element of this view.
    @inline(__always)
    func pointer<T>(as type: T.Type) -> UnsafeMutablePointer<T> {
        storage.pointer(as: T.self) + storageOffset
    }

    /// A view of the same storage with another shape and strides.
    func makeView(shape: [Int], strides: [Int], offset: Int) -> Tensor {
        Tensor(
            storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype,
            viewBase: viewBase ?? self)
    }
}

/// The strides of a row-major contiguous tensor of the given shape.
func contiguousStrides(for shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for dim in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[dim] = running
        running *= max(shape[dim], 1)
    }
    return strides
}

/// The number of elements of `shape`, or an error when a size is negative or the count overflows.
func elementCount(of shape: [Int]) throws -> Int {
    var count = 1
    for size in shape {
        guard size >= 0 else {
            throw TensorError(.invalidArgument, "Trying to create tensor with negative dimension \(size): \(shape)")
        }
        let (product, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow else {
            throw TensorError(.outOfMemory, "Trying to create tensor with too many elements: \(shape)")
        }
        count = product
    }
    return count
}
