import Foundation
import Synchronization

/// The process-wide limit on the bytes held by tensor storage. An allocation that would pass the limit throws
/// instead of letting the operating system kill the process.
///
/// ```swift
/// MemoryBudget.shared.limit = 1 << 30   // 1 GiB for all tensors together
/// ```
public final class MemoryBudget: @unchecked Sendable {
    /// The budget every tensor allocation draws from.
    public static let shared = MemoryBudget()

    private let used = Atomic<Int>(0)
    private let limitBytes: Atomic<Int>

    /// The default limit: three quarters of the physical memory.
    public static var defaultLimit: Int { Int(ProcessInfo.processInfo.physicalMemory / 4 * 3) }

    init() { limitBytes = Atomic(MemoryBudget.defaultLimit) }

    /// The largest number of bytes all live tensors may hold together.
    public var limit: Int {
        get { limitBytes.load(ordering: .relaxed) }
        set { limitBytes.store(newValue, ordering: .relaxed) }
    }

    /// The bytes currently held by live tensors.
    public var bytesInUse: Int { used.load(ordering: .relaxed) }

    /// Reserves `bytes`, or throws PyTorch's allocator error when the limit would be passed.
    func reserve(_ bytes: Int) throws {
        let limit = self.limit
        let total = bytes <= limit ? used.wrappingAdd(bytes, ordering: .relaxed).newValue : Int.max
        if total > limit || total < 0 {
            if bytes <= limit { used.wrappingSubtract(bytes, ordering: .relaxed) }
            throw TensorError(
                .outOfMemory,
                "DefaultCPUAllocator: not enough memory: you tried to allocate \(bytes) bytes. "
                    + "(tensor memory limit: \(limit) bytes)")
        }
    }

    /// Returns `bytes` to the budget.
    func release(_ bytes: Int) {
        used.wrappingSubtract(bytes, ordering: .relaxed)
    }
}
