import Foundation
import Synchronization

/// Storage blocks too big for `malloc`'s free lists, mapped straight from the kernel and kept for reuse once
/// freed.
///
/// Lesson code allocates the same shapes over and over (`stack(images).float() / 255` makes three blocks of
/// 5-20 MB per run, a training step the same activations every batch). Returning them to the kernel means it
/// has to zero fresh pages on every allocation, which costs more than the arithmetic itself; glibc hides this for
/// PyTorch and NumPy by growing its heap. This cache does it explicitly and with a bound: freed blocks wait, most
/// recent first, for a request of the same rounded size, and the oldest are unmapped once more than `capacity`
/// bytes wait. Blocks of `hugeBlockSize` and more are aligned to huge pages.
///
/// ```swift
/// let cache = LargeBlockCache(capacity: 64 << 20)
/// let block = cache.allocate(byteCount: 20 << 20, zeroed: false)!
/// cache.release(block, byteCount: 20 << 20)   // kept; the next 20 MB request gets it back
/// ```
final class LargeBlockCache: @unchecked Sendable {
    /// The cache every tensor storage of at least `minimumSize` bytes goes through.
    static let shared = LargeBlockCache(capacity: 256 << 20)

    /// The size of a transparent huge page on x86-64 and arm64 Linux.
    static let hugePageSize = 2 << 20

    /// Blocks of this size and more are aligned and sized in huge pages.
    static let hugeBlockSize = 2 * hugePageSize

    /// Blocks smaller than this go to `malloc`, whose own free lists serve them well (glibc's default threshold
    /// for mapping a block on its own).
    static let minimumSize = 128 << 10

    /// Smaller blocks are sized in units of this many bytes.
    private static let smallUnit = 64 << 10

    /// The most bytes kept mapped while no tensor uses them.
    let capacity: Int

    /// Idle blocks, oldest first, and their total size.
    private struct Idle {
        var blocks: [(pointer: UnsafeMutableRawPointer, size: Int)] = []
        var bytes = 0
    }

    private let idle = Mutex(Idle())

    init(capacity: Int) { self.capacity = capacity }

    /// The bytes currently held idle.
    var idleBytes: Int { idle.withLock { $0.bytes } }

    /// A block of at least `byteCount` bytes: an idle block of the same rounded size when there is one, otherwise
    /// freshly mapped memory, or `nil` when the system has no memory to map. `zeroed` asks for zero bytes (fresh
    /// mappings already are).
    func allocate(byteCount: Int, zeroed: Bool) -> UnsafeMutableRawPointer? {
        let size = Self.roundedSize(byteCount)
        let reused = idle.withLock { idle -> UnsafeMutableRawPointer? in
            guard let index = idle.blocks.lastIndex(where: { $0.size == size }) else { return nil }
            idle.bytes -= size
            return idle.blocks.remove(at: index).pointer
        }
        if let reused {
            if zeroed { memset(reused, 0, byteCount) }
            return reused
        }
        return Self.map(size: size)
    }

    /// Hands back a block from `allocate(byteCount:zeroed:)` with the same `byteCount`.
    func release(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        let size = Self.roundedSize(byteCount)
        let evicted = idle.withLock { idle -> ArraySlice<(pointer: UnsafeMutableRawPointer, size: Int)> in
            guard size <= capacity else { return [(pointer, size)] }
            idle.blocks.append((pointer, size))
            idle.bytes += size
            var dropCount = 0
            while idle.bytes > capacity {
                idle.bytes -= idle.blocks[dropCount].size
                dropCount += 1
            }
            defer { idle.blocks.removeFirst(dropCount) }
            return idle.blocks.prefix(dropCount)
        }
        for block in evicted { munmap(block.pointer, block.size) }
    }

    /// `byteCount` rounded up to the unit its blocks are sized in, so that near sizes share blocks.
    private static func roundedSize(_ byteCount: Int) -> Int {
        let unit = byteCount >= hugeBlockSize ? hugePageSize : smallUnit
        return (byteCount + unit - 1) / unit * unit
    }

    /// Maps `size` fresh (zeroed) bytes. Huge blocks start at a huge-page boundary and are offered to transparent
    /// huge pages, so that first touch costs one fault per 2 MiB instead of one per 4 KiB.
    private static func map(size: Int) -> UnsafeMutableRawPointer? {
        let huge = size >= hugeBlockSize
        // Over-map by one huge page, then unmap the unaligned head and the tail beyond `size`.
        let mappedSize = huge ? size + hugePageSize : size
        let raw = mmap(nil, mappedSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
        guard let raw, raw != MAP_FAILED else { return nil }
        let address = UInt(bitPattern: raw)
        let alignment = UInt(huge ? hugePageSize : 1)
        let aligned = (address + alignment - 1) / alignment * alignment
        let head = Int(aligned - address)
        if head > 0 { munmap(raw, head) }
        let tail = mappedSize - head - size
        if tail > 0 { munmap(raw + head + size, tail) }
        let block = raw + head
        if huge { madvise(block, size, MADV_HUGEPAGE) }
        return block
    }
}
