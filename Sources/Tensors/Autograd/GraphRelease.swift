import Foundation

/// Releases autograd graphs without recursion. A tensor owns its `GradNode`, which owns the tensors it was
/// computed from, which own their nodes, and so on: freeing the result of a long chain (a loss summed over
/// thousands of batches without `detach`) would otherwise nest one `deinit` per operation and overflow the
/// stack. Instead, a dying tensor hands its node to this thread's queue, and one loop frees the queued nodes one
/// at a time; the tensors they free hand over their own nodes to the same loop.
private final class GraphReleaseQueue {
    var pending: [GradNode] = []
    var isDraining = false
}

extension Tensor {
    /// Takes the node out of `slot` and frees it, and everything it alone keeps alive, iteratively.
    static func releaseGraph(from slot: inout GradNode?) {
        guard slot != nil else { return }
        let queue = GraphReleaseQueue.current
        queue.pending.append(slot.take()!)  // no local binding: the queue must hold the only reference
        guard !queue.isDraining else { return }
        queue.isDraining = true
        while !queue.pending.isEmpty {
            queue.pending.removeLast()  // may free nodes, whose tensors append their own nodes
        }
        queue.isDraining = false
    }
}

extension GraphReleaseQueue {
    /// The calling thread's queue (created on first use).
    static var current: GraphReleaseQueue {
        if let raw = pthread_getspecific(queueKey) {
            return Unmanaged<GraphReleaseQueue>.fromOpaque(raw).takeUnretainedValue()
        }
        let queue = GraphReleaseQueue()
        pthread_setspecific(queueKey, Unmanaged.passRetained(queue).toOpaque())
        return queue
    }
}

/// The thread-local slot of `GraphReleaseQueue.current`; the destructor releases a finished thread's queue.
private let queueKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { raw in
        if let raw { Unmanaged<GraphReleaseQueue>.fromOpaque(raw).release() }
    }
    return key
}()
