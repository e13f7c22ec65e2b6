import Foundation
import Testing

@testable import LessonScript

/// Values nested far deeper than a stack allows are released level by level, and shared parts are let go
/// without being walked once per path through them.
struct ValueReleaseTests {
    /// Runs `body` on a thread with a 1 MiB stack (recursive release of 1,000,000 levels needs a hundred times
    /// more) and waits for it.
    private func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
        done.wait()
    }

    @Test func releasesAMillionLevelsOfEveryKindOfNesting() {
        onSmallStack {
            let point = TypeDefinition(name: "Node", kind: .structType)
            let box = TypeDefinition(name: "Box", kind: .classType)
            var value = Value.int(0)
            for level in 0..<1_000_000 {
                switch level % 6 {
                case 0: value = .array([value])
                case 1: value = .tuple(TupleValue([value, .int(level)], labels: ["next", "level"]))
                case 2: value = .structInstance(StructInstance(type: point, fields: [value]))
                case 3: value = .object(ObjectInstance(type: box, fields: [value]))
                case 4: value = .optional(value)
                default: value = .range(RangeValue(lower: value, upper: nil, isClosed: false))
                }
            }
            var variables = [Variable(value)]
            value = .void
            ValueRelease.release(&variables)
            #expect(variables.isEmpty)
        }
    }

    @Test func aChainOfClassInstancesIsReleasedLevelByLevelWhereverItIsDropped() {
        onSmallStack {
            let node = TypeDefinition(name: "Node", kind: .classType)
            var head = Value.optional(nil)
            for level in 0..<1_000_000 {
                let payload: Value = level % 2 == 0 ? .array([.int(level)]) : .tuple(TupleValue([.int(level)]))
                head = .optional(.object(ObjectInstance(type: node, fields: [head, payload])))
            }
            head = .void  // the last holder of the first node: Swift frees it, and the node frees the rest
            #expect(head.isVoid)
        }
    }

    @Test func letsSharedPartsGoWithoutWalkingEachPath() {
        onSmallStack {
            var value = Value.array([])
            for _ in 0..<64 { value = .array([value, value]) }  // 2^64 paths, 64 arrays
            let kept = value
            var variables = [Variable(value), Variable(.array([value]))]
            value = .void
            ValueRelease.release(&variables)
            if case .array(let elements) = kept { #expect(elements.count == 2) }
        }
    }
}
