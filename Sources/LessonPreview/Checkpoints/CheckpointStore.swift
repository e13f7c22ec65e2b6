/// The checkpoints a worker knows, by position, and the policy that keeps them within their limits: which one
/// to resume for an edit, which ones an edit makes stale, which ones to let go.
///
/// Every checkpoint here was built from the same cells as the worker's current lesson up to its position: when
/// an edit changes cell `k`, the checkpoints after `k` cells must go (``removeAll(after:)``), and the latest one
/// at or before `k` is where running starts again (``latest(atOrBefore:)``).
///
/// ```swift
/// var store = CheckpointStore(limits: CheckpointLimits(count: 2))
/// store.add(fresh); store.add(afterTwoCells); store.add(afterFiveCells)
/// store.latest(atOrBefore: 4)?.position   // 2
/// store.removeAll(after: 4)               // [afterFiveCells]: stale, to discard
/// ```
struct CheckpointStore {
    /// The limits kept to.
    let limits: CheckpointLimits
    /// The checkpoints, by position.
    private(set) var checkpoints: [Checkpoint] = []

    init(limits: CheckpointLimits) {
        self.limits = limits
    }

    /// Whether there is a checkpoint after `position` cells.
    func contains(position: Int) -> Bool {
        checkpoints.contains { $0.position == position }
    }

    /// Adds a checkpoint in its place; one at the same position is replaced (and returned, to discard).
    @discardableResult
    mutating func add(_ checkpoint: Checkpoint) -> Checkpoint? {
        let replaced = checkpoints.first { $0.position == checkpoint.position }
        checkpoints.removeAll { $0.position == checkpoint.position }
        let index = checkpoints.firstIndex { $0.position > checkpoint.position } ?? checkpoints.endIndex
        checkpoints.insert(checkpoint, at: index)
        return replaced
    }

    /// The latest checkpoint at or before `position`: where running resumes when cell `position` changed.
    func latest(atOrBefore position: Int) -> Checkpoint? {
        checkpoints.last { $0.position <= position }
    }

    /// Removes `checkpoint` (its process is gone, or it was discarded).
    mutating func remove(_ checkpoint: Checkpoint) {
        checkpoints.removeAll { $0 == checkpoint }
    }

    /// Removes and returns the checkpoints after `position` cells, stale once cell `position` has changed.
    mutating func removeAll(after position: Int) -> [Checkpoint] {
        let stale = checkpoints.filter { $0.position > position }
        checkpoints.removeAll { $0.position > position }
        return stale
    }

    /// Removes and returns the checkpoints to let go so that the others keep within the limits. The count is
    /// checked first; the memory only when the checkpoints' resident memory at their making, an upper bound of
    /// what they hold on their own, is past the limit: then `privateBytes` measures each (`nil`: its process
    /// is gone, and it goes). Each time, the one that saves the least running time over the checkpoint before
    /// it goes first (the earlier one on a tie); the fresh process always stays.
    mutating func removeSurplus(privateBytes: (Checkpoint) -> Int?) -> [Checkpoint] {
        var surplus: [Checkpoint] = []
        func removeLeastUseful() {
            guard let victim = leastUseful() else { return }
            remove(victim)
            surplus.append(victim)
        }
        while counted.count > max(limits.count, 0) { removeLeastUseful() }
        guard counted.reduce(0, { $0 + $1.residentBytes }) > limits.memory else { return surplus }
        var sizes: [Int: Int] = [:]
        for checkpoint in counted {
            if let bytes = privateBytes(checkpoint) {
                sizes[checkpoint.position] = bytes
            } else {
                remove(checkpoint)
                surplus.append(checkpoint)
            }
        }
        while counted.reduce(0, { $0 + (sizes[$1.position] ?? 0) }) > limits.memory, !counted.isEmpty {
            removeLeastUseful()
        }
        return surplus
    }

    /// The checkpoints the limits count: all but the fresh process.
    private var counted: [Checkpoint] { checkpoints.filter { !$0.isFresh } }

    /// The counted checkpoint whose cells since the checkpoint before it took the least time.
    private func leastUseful() -> Checkpoint? {
        var best: (checkpoint: Checkpoint, saves: Duration)?
        var previousCost = Duration.zero
        for checkpoint in checkpoints {
            defer { previousCost = checkpoint.cost }
            guard !checkpoint.isFresh else { continue }
            let saves = checkpoint.cost - previousCost
            if best == nil || saves < best!.saves { best = (checkpoint, saves) }
        }
        return best?.checkpoint
    }
}
