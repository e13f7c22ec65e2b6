import Foundation
import Testing

@testable import Tensors

/// Freed large blocks come back for requests of the same rounded size, zeroed on request, within the bound.
@Suite struct LargeBlockCacheTests {
    @Test func aFreedBlockServesTheNextRequestOfItsSize() throws {
        let cache = LargeBlockCache(capacity: 64 << 20)
        let first = try #require(cache.allocate(byteCount: 5 << 20, zeroed: false))
        cache.release(first, byteCount: 5 << 20)
        #expect(cache.idleBytes == 6 << 20)  // rounded up to whole huge pages
        let second = try #require(cache.allocate(byteCount: (5 << 20) + 4096, zeroed: false))
        #expect(second == first)
        #expect(cache.idleBytes == 0)
        let other = try #require(cache.allocate(byteCount: 9 << 20, zeroed: false))
        #expect(other != first)
        cache.release(second, byteCount: (5 << 20) + 4096)
        cache.release(other, byteCount: 9 << 20)
    }

    @Test func hugeBlocksStartOnAHugePage() throws {
        let cache = LargeBlockCache(capacity: 0)
        let block = try #require(cache.allocate(byteCount: 7 << 20, zeroed: false))
        #expect(UInt(bitPattern: block) % UInt(LargeBlockCache.hugePageSize) == 0)
        cache.release(block, byteCount: 7 << 20)
    }

    @Test func reusedBlocksAreZeroedWhenAsked() throws {
        let cache = LargeBlockCache(capacity: 64 << 20)
        let size = 300 << 10
        let block = try #require(cache.allocate(byteCount: size, zeroed: true))
        let bytes = block.assumingMemoryBound(to: UInt8.self)
        #expect((0..<size).allSatisfy { bytes[$0] == 0 })
        memset(block, 0xAB, size)
        cache.release(block, byteCount: size)
        let again = try #require(cache.allocate(byteCount: size, zeroed: true))
        #expect(again == block)
        #expect((0..<size).allSatisfy { again.assumingMemoryBound(to: UInt8.self)[$0] == 0 })
        cache.release(again, byteCount: size)
    }

    @Test func theOldestBlocksAreUnmappedBeyondTheCapacity() throws {
        let cache = LargeBlockCache(capacity: 16 << 20)
        let blocks = try (0..<3).map { _ in try #require(cache.allocate(byteCount: 6 << 20, zeroed: false)) }
        for block in blocks { cache.release(block, byteCount: 6 << 20) }
        #expect(cache.idleBytes == 12 << 20)  // the first of the three was unmapped
        let reused = try #require(cache.allocate(byteCount: 6 << 20, zeroed: false))
        #expect(reused == blocks[2])  // most recent first
        cache.release(reused, byteCount: 6 << 20)
        let tooBig = try #require(cache.allocate(byteCount: 20 << 20, zeroed: false))
        cache.release(tooBig, byteCount: 20 << 20)
        #expect(cache.idleBytes == 12 << 20)  // larger than the whole capacity: unmapped at once
    }

    @Test func tensorsOnReusedStorageStartFromTheirOwnValues() throws {
        // Other tests run meanwhile and share the cache, so this checks values, not addresses: whichever block
        // `zeros` gets after `ones` was freed, it holds zeros.
        for _ in 0..<3 {
            #expect(try ones([1_500_001]).sum().item() == .double(1_500_001))
            #expect(try zeros([1_500_001]).sum().item() == .double(0))
        }
    }
}
