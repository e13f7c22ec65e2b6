import Foundation

/// A reference-counted block of memory that one or more tensors view. Views share their base's storage.
final class TensorStorage {
    /// The first byte, aligned for SIMD loads.
    let bytes: UnsafeMutableRawPointer
    /// The size in bytes.
    let byteCount: Int
    /// The budget the bytes were drawn from, and are returned to.
    private let budget: MemoryBudget

    /// Allocates `count` elements of `dtype`, zero-filled when `zeroed` is set.
    init(count: Int, dtype: DType, zeroed: Bool = false) throws {
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        guard !overflow, count >= 0 else {
            throw TensorError(.outOfMemory, "Trying to create tensor with too many elements: \(count)")
        }
        let budget = TensorContext.current.memoryBudget
        try budget.reserve(byteCount)
        let block =
            byteCount >= LargeBlockCache.minimumSize
            ? LargeBlockCache.shared.allocate(byteCount: byteCount, zeroed: zeroed)
            : Self.allocateSmall(byteCount: byteCount, zeroed: zeroed)
        guard let block else {
            budget.release(byteCount)
            throw TensorError(
                .outOfMemory, "DefaultCPUAllocator: not enough memory: you tried to allocate \(byteCount) bytes.")
        }
        self.bytes = block
        self.byteCount = byteCount
        self.budget = budget
    }

    /// A block from `malloc`, aligned for SIMD loads, or `nil` when there is no memory.
    private static func allocateSmall(byteCount: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        var pointer: UnsafeMutableRawPointer?
        guard posix_memalign(&pointer, 64, max(byteCount, 1)) == 0, let pointer else { return nil }
        if zeroed { memset(pointer, 0, byteCount) }
        return pointer
    }

    deinit {
        if byteCount >= LargeBlockCache.minimumSize {
            LargeBlockCache.shared.release(bytes, byteCount: byteCount)
        } else {
            free(bytes)
        }
        budget.release(byteCount)
    }

    /// The memory as elements of `T`.
    @inline(__always)
    func pointer<T>(as type: T.Type) -> UnsafeMutablePointer<T> {
        bytes.assumingMemoryBound(to: T.self)
    }
}
