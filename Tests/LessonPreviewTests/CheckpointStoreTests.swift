import Testing

@testable import LessonPreview

/// The checkpoint store's policy: where an edit resumes, which checkpoints an edit makes stale, and which go when
/// there are too many or they hold too much memory (the ones that save the least running time; never the
/// fresh process).
@Suite struct CheckpointStoreTests {
    /// A checkpoint after `position` cells that took `seconds` together, made when the worker held `resident`
    /// bytes (its pid and pipe are made up: the store never uses them).
    static func checkpoint(_ position: Int, seconds: Double, resident: Int = 1 << 20) -> Checkpoint {
        Checkpoint(
            position: position, pid: Int32(1000 + position), resumeDescriptor: Int32(100 + position),
            cost: .seconds(seconds), residentBytes: resident)
    }

    static let fresh = checkpoint(0, seconds: 0)

    @Test func anEditResumesFromTheLatestCheckpointAtOrBeforeIt() {
        var store = CheckpointStore(limits: CheckpointLimits(count: 10, memory: 1 << 40))
        for position in [0, 2, 5] { store.add(Self.checkpoint(position, seconds: Double(position))) }
        #expect(store.latest(atOrBefore: 0)?.position == 0)
        #expect(store.latest(atOrBefore: 4)?.position == 2)
        #expect(store.latest(atOrBefore: 5)?.position == 5)
        #expect(store.latest(atOrBefore: 99)?.position == 5)
        #expect(store.contains(position: 2) && !store.contains(position: 3))
    }

    @Test func checkpointsAfterAnEditedCellAreStale() {
        var store = CheckpointStore(limits: CheckpointLimits())
        for position in [0, 1, 3, 4, 6] { store.add(Self.checkpoint(position, seconds: Double(position))) }
        #expect(store.removeAll(after: 3).map(\.position) == [4, 6])
        #expect(store.checkpoints.map(\.position) == [0, 1, 3])
    }

    @Test func addingAtATakenPositionReplacesAndReturnsTheOldOne() {
        var store = CheckpointStore(limits: CheckpointLimits())
        let old = Self.checkpoint(2, seconds: 1)
        #expect(store.add(old) == nil)
        #expect(store.add(Self.checkpoint(2, seconds: 3)) == old)
        #expect(store.checkpoints.map(\.cost) == [.seconds(3)])
    }

    @Test func pastTheCountTheCheckpointsThatSaveTheLeastGoFirst() {
        var store = CheckpointStore(limits: CheckpointLimits(count: 2, memory: 1 << 40))
        store.add(Self.fresh)
        // Cells 1 and 3 are slow (training), cell 2 is quick: the checkpoint after it saves 0.1 s over the one
        // after cell 1, and goes first; then the one after cell 1 (1 s over the fresh process) against 3 s.
        store.add(Self.checkpoint(1, seconds: 1))
        store.add(Self.checkpoint(2, seconds: 1.1))
        store.add(Self.checkpoint(3, seconds: 4.1))
        #expect(store.removeSurplus { _ in 0 }.map(\.position) == [2])
        #expect(store.checkpoints.map(\.position) == [0, 1, 3])
        store.add(Self.checkpoint(4, seconds: 9))
        #expect(store.removeSurplus { _ in 0 }.map(\.position) == [1])
        #expect(store.checkpoints.map(\.position) == [0, 3, 4])
    }

    @Test func aTieGoesToTheEarlierCheckpoint() {
        var store = CheckpointStore(limits: CheckpointLimits(count: 1, memory: 1 << 40))
        store.add(Self.checkpoint(1, seconds: 1))
        store.add(Self.checkpoint(2, seconds: 2))
        #expect(store.removeSurplus { _ in 0 }.map(\.position) == [1])
    }

    @Test func theFreshProcessIsNeitherCountedNorDropped() {
        var store = CheckpointStore(limits: CheckpointLimits(count: 0, memory: 0))
        store.add(Self.fresh)
        store.add(Self.checkpoint(1, seconds: 1))
        #expect(store.removeSurplus { _ in 1 << 30 }.map(\.position) == [1])
        #expect(store.checkpoints == [Self.fresh])
    }

    @Test func memoryIsMeasuredOnlyWhenTheResidentBoundIsPastTheLimit() {
        var store = CheckpointStore(limits: CheckpointLimits(count: 10, memory: 100))
        store.add(Self.checkpoint(1, seconds: 1, resident: 40))
        store.add(Self.checkpoint(2, seconds: 2, resident: 50))
        var measured = 0
        #expect(
            store.removeSurplus { _ in
                measured += 1; return 1000
            }.isEmpty)
        #expect(measured == 0, "90 resident bytes cannot hold more than the limit of 100")
    }

    @Test func pastTheMemoryLimitCheckpointsGoUntilTheRestFit() {
        var store = CheckpointStore(limits: CheckpointLimits(count: 10, memory: 100))
        store.add(Self.fresh)
        for position in 1...4 {
            store.add(Self.checkpoint(position, seconds: Double(position * position), resident: 80))
        }
        // Private bytes as measured: 30 each; 120 in all, so the one that saves the least (after cell 1: 1 s)
        // goes, leaving 90.
        let gone = store.removeSurplus { _ in 30 }
        #expect(gone.map(\.position) == [1])
        #expect(store.checkpoints.map(\.position) == [0, 2, 3, 4])
    }

    @Test func aCheckpointWhoseProcessIsGoneIsDropped() {
        var store = CheckpointStore(limits: CheckpointLimits(count: 10, memory: 100))
        store.add(Self.checkpoint(1, seconds: 1, resident: 80))
        store.add(Self.checkpoint(2, seconds: 2, resident: 80))
        let gone = store.removeSurplus { $0.position == 1 ? nil : 10 }
        #expect(gone.map(\.position) == [1])
        #expect(store.checkpoints.map(\.position) == [2])
    }
}
