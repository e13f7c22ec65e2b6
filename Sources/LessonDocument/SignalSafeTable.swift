import Synchronization

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// A few C strings that a signal handler may read: the temporary files being written, the cells running. Threads
/// add and remove entries under a lock; a handler only walks the fixed array of pointers, which needs neither a
/// lock nor an allocation, the two things a signal handler must not do.
///
/// ```swift
/// let table = SignalSafeTable(capacity: 16)
/// let slot = table.insert("lessons/x.md:12")
/// table.forEach { text in write(2, text, strlen(text)) }   // in the handler
/// table.remove(slot)
/// ```
public final class SignalSafeTable: @unchecked Sendable {
    private let capacity: Int
    private let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let lock = Mutex(())

    /// An empty table of `capacity` entries (more are not kept).
    public init(capacity: Int) {
        self.capacity = capacity
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: nil, count: capacity)
    }

    /// Adds a copy of `text`; returns its slot for ``remove(_:)``, `nil` when the table is full.
    public func insert(_ text: String) -> Int? {
        lock.withLock { _ in
            guard let free = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
            slots[free] = strdup(text)
            return free
        }
    }

    /// Removes the entry in `slot` (nothing for `nil`).
    public func remove(_ slot: Int?) {
        guard let slot else { return }
        lock.withLock { _ in
            let text = slots[slot]
            slots[slot] = nil
            free(text)
        }
    }

    /// Calls `body` with each entry, without locking or allocating: for signal handlers.
    public func forEach(_ body: (UnsafePointer<CChar>) -> Void) {
        for slot in 0..<capacity {
            if let text = slots[slot] { body(text) }
        }
    }
}
