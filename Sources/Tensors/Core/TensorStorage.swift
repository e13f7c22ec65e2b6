import Foundation

/// A reference-counted block of memory that one or more tensors view. Views share their base's storage.
final class TensorStorage {
    /// The first byte, aligned for SIMD loads.
    let bytes: UnsafeMutableRawPointer
    /// The size in bytes.
    let byteCount: Int

    /// Allocates `count` elements of `dtype`, zero-filled when `zeroed` is set.
    init(count: Int, dtype: DType, zeroed: Bool = false) throws {
        let (byteCount, overflow) = count.multipliedReportingOverflow(by: dtype.itemSize)
        guard !overflow, count >= 0 else {
            throw TensorError(.outOfMemory, "Trying to create tensor with too many elements: \(count)")
        }
        try MemoryBudget.shared.reserve(byteCount)
        var pointer: UnsafeMutableRawPointer?
        // Large blocks are aligned to 2 MiB and offered to transparent huge pages: a 40 MB tensor then costs 20
        // page faults instead of 10,000 on first touch (NumPy does the same).
        let isLarge = byteCount >= TensorStorage.hugePageSize * 2
        let alignment = isLarge ? TensorStorage.hugePageSize : 64
        guard posix_memalign(&pointer, alignment, max(byteCount, 1)) == 0, let pointer else {
            MemoryBudget.shared.release(byteCount)
            throw TensorError(
                .outOfMemory, "DefaultCPUAllocator: not enough memory: you tried to allocate \(byteCount) bytes.")
        }
        if isLarge { madvise(pointer, byteCount, MADV_HUGEPAGE) }
        if zeroed { memset(pointer, 0, byteCount) }
        self.bytes = pointer
        self.byteCount = byteCount
    }

    /// The size of a transparent huge page on x86-64 and arm64 Linux.
    private static let hugePageSize = 2 << 20

    deinit {
        free(bytes)
        MemoryBudget.shared.release(byteCount)
    }

    /// The memory as elements of `T`.
    @inline(__always)
    func pointer<T>(as type: T.Type) -> UnsafeMutablePointer<T> {
        bytes.assumingMemoryBound(to: T.self)
    }
}
