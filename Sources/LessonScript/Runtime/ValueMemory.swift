import CMalloc
import Foundation

/// The memory limits on what cells build outside tensors: strings, arrays, dictionaries, sets, printed output.
///
/// The few operations that can grow a value by a lot at once (repeating, concatenating, appending a sequence,
/// joining, turning a range or a string into an array, mapping...) ask before they allocate, so that too large a
/// request is an error in the cell, not a failed allocation that ends the process:
/// - a request larger than the lesson's ``limit`` fails, whatever else runs: the same lesson fails the same way
///   alone or next to others (`--jobs`);
/// - a large request that would take the process's heap, all lessons together, past ``processLimit`` fails too:
///   this keeps a lesson from using up the machine's memory by many smaller values.
/// Small requests pass without a look at the heap, so the common paths cost nothing; the interpreter also looks
/// now and then while loops run (``Runtime/tick()``), which catches a heap grown by many small steps.
///
/// ```swift
/// let memory = ValueMemory(limit: 1 << 30)
/// try memory.reserve(count: 3, of: 8, for: "a String")      // fine
/// try memory.reserve(count: .max, of: 1, for: "a String")   // not enough memory: you tried to allocate ...
/// ```
struct ValueMemory {
    /// The most bytes one request may ask for.
    let limit: Int

    /// The default limit: three quarters of the physical memory, as for tensors.
    static var defaultLimit: Int { Int(clamping: ProcessInfo.processInfo.physicalMemory / 4 * 3) }

    /// The most bytes the process's heap may hold when a request is granted: three quarters of the physical
    /// memory.
    static let processLimit = defaultLimit

    /// Requests below this size pass without a look at the heap.
    static let smallRequest = 1 << 20

    /// The bytes an element of an array (or a character of a string turned into an array) takes.
    static let valueSize = MemoryLayout<Value>.stride

    /// The bytes a string in an array takes, its characters apart from short ones.
    static let stringSize = valueSize + 32

    /// The bytes a `(key:value:)` or `(offset:element:)` tuple takes, its element array included.
    static let pairSize = valueSize + 128

    /// The bytes an element of a set takes: the element and its entry in the index of positions.
    static let setElementSize = 2 * valueSize + 16

    /// The sum of `sizes`, or `Int.max` when it passes that.
    static func total(_ sizes: some Sequence<Int>) -> Int {
        var sum = 0
        for size in sizes {
            let (next, overflow) = sum.addingReportingOverflow(size)
            if overflow { return .max }
            sum = next
        }
        return sum
    }

    /// Checks that `count` elements of `size` bytes each fit, before `kind` (`a String`, `an Array`...) is built
    /// of them.
    func reserve(count: Int, of size: Int, for kind: String) throws {
        let (bytes, overflow) = max(count, 0).multipliedReportingOverflow(by: max(size, 0))
        if overflow { throw exhausted("you tried to allocate more than \(Int.max) bytes for \(kind)", overLimit) }
        try reserve(bytes: bytes, for: kind)
    }

    /// Checks that `bytes` more fit, before `kind` of that size is built.
    func reserve(bytes: Int, for kind: String) throws {
        if bytes < Self.smallRequest, bytes <= limit { return }
        if bytes > limit { throw exhausted("you tried to allocate \(bytes) bytes for \(kind)", overLimit) }
        if Self.heapBytesInUse() > Self.processLimit - bytes {
            throw exhausted("you tried to allocate \(bytes) bytes for \(kind)", overMachine)
        }
    }

    /// Checks that the process's heap is still within ``processLimit`` (values grown by many small steps).
    func checkHeap() throws {
        if Self.heapBytesInUse() > Self.processLimit {
            throw exhausted("the values of all lessons together hold too much", overMachine)
        }
    }

    /// Why a request fails, in words without numbers that depend on the machine (its memory, what other
    /// lessons hold), so that a recorded `expect-error` message is the same everywhere.
    private let overLimit = "over the memory limit"
    private let overMachine = "the values of all lessons together would pass three quarters of the machine's memory"

    private func exhausted(_ what: String, _ why: String) -> RuntimeError {
        RuntimeError("not enough memory: \(what). (\(why))")
    }

    /// The bytes the process's `malloc` heap holds now (0 where the C library cannot tell).
    static func heapBytesInUse() -> Int {
        #if canImport(Glibc)
            let info = mallinfo2()
            return Int(clamping: info.uordblks + info.hblkhd)
        #elseif canImport(Darwin)
            return Int(clamping: mstats().bytes_used)
        #else
            return 0
        #endif
    }
}
