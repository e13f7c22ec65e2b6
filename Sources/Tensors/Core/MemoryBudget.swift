import Foundation
import Synchronization

/// A limit on the bytes held by tensor storage. An allocation that would pass the limit throws instead of
/// letting the operating system kill the process.
///
/// Each tensor draws from the budget of the context it is made in (``TensorContext/memoryBudget``), which is
/// ``shared`` unless an interpreter gives each lesson a budget of its own: then a lesson's allocations succeed or
/// fail the same way whatever else runs beside it.
///
/// ```swift
/// MemoryBudget.shared.limit = 1 << 30                              // 1 GiB for tensors made outside lessons
/// TensorContext.current.memoryBudget = MemoryBudget(limit: 1 << 30)  // 1 GiB for this thread's lesson
/// ```
public final class MemoryBudget: @unchecked Sendable {
    /// The budget of contexts that were given no other.
    public static let shared = MemoryBudget()

    /// The budget of the whole process, as large as the physical memory: budgets made with it as their
    /// `sharing` draw from it too, so that lessons running side by side, each within its own limit, fail
    /// cleanly rather than have the system kill the process when together they would pass the machine's memory.
    public static let machine = MemoryBudget(limit: Int(clamping: ProcessInfo.processInfo.physicalMemory))

    private let used = Atomic<Int>(0)
    private let limitBytes: Atomic<Int>
    private let sharing: MemoryBudget?

    /// The default limit: three quarters of the physical memory.
    public static var defaultLimit: Int { Int(ProcessInfo.processInfo.physicalMemory / 4 * 3) }

    /// A budget of `limit` bytes (default: three quarters of the physical memory) that also draws from
    /// `sharing`, when given.
    ///
    /// ```swift
    /// let lessonBudget = MemoryBudget(limit: 2 << 30, sharing: .machine)
    /// ```
    public init(limit: Int = MemoryBudget.defaultLimit, sharing: MemoryBudget? = nil) {
        limitBytes = Atomic(limit)
        self.sharing = sharing
    }

    /// The largest number of bytes all live tensors may hold together.
    public var limit: Int {
        get { limitBytes.load(ordering: .relaxed) }
        set { limitBytes.store(newValue, ordering: .relaxed) }
    }

    /// The bytes currently held by live tensors.
    public var bytesInUse: Int { used.load(ordering: .relaxed) }

    /// Reserves `bytes` here and in the budget this one shares, or throws PyTorch's allocator error when a
    /// limit would be passed. The message names the request but not the limit, which depends on the machine by
    /// default, so that it is the same text on every machine.
    func reserve(_ bytes: Int) throws {
        guard reserveHere(bytes) else { throw Self.exhausted(bytes, "over the tensor memory limit") }
        if let sharing, !sharing.reserveHere(bytes) {
            release(bytes)
            throw Self.exhausted(bytes, "the tensors of all lessons together would pass the machine's memory")
        }
    }

    /// Adds `bytes` to the bytes in use if the limit allows; whether it did.
    private func reserveHere(_ bytes: Int) -> Bool {
        let limit = self.limit
        let total = bytes <= limit ? used.wrappingAdd(bytes, ordering: .relaxed).newValue : Int.max
        guard total > limit || total < 0 else { return true }
        if bytes <= limit { used.wrappingSubtract(bytes, ordering: .relaxed) }
        return false
    }

    private static func exhausted(_ bytes: Int, _ why: String) -> TensorError {
        TensorError(
            .outOfMemory, "DefaultCPUAllocator: not enough memory: you tried to allocate \(bytes) bytes. (\(why))")
    }

    /// Returns `bytes` to the budget and the one it shares.
    func release(_ bytes: Int) {
        used.wrappingSubtract(bytes, ordering: .relaxed)
        sharing?.release(bytes)
    }
}
