import Testing

@testable import Tensors

/// A convolution's unfolded workspace counts against the memory limit: one too big for it is the allocator's
/// error, refused before any memory is touched.
@Suite struct ConvolutionMemoryTests {
    /// A 1024x1024 image and a 300x300 kernel: 4 MB in, 2 MB out, but 90000 x 525625 unfolded elements (189 GB).
    private let image = Result { try zeros([1, 1, 1024, 1024]) }
    private let kernel = Result { try zeros([1, 1, 300, 300]) }

    @Test func forwardWorkspaceOverTheLimit() throws {
        let (x, w) = try (image.get(), kernel.get())
        let before = MemoryBudget.shared.bytesInUse
        let error = tensorError { try conv2d(x, w) }
        #expect(error?.kind == .outOfMemory)
        #expect(error?.message.hasPrefix("DefaultCPUAllocator: not enough memory: you tried to allocate ") == true)
        // The refused workspace and the output are returned (other tests allocate meanwhile: a leak would be GBs).
        #expect(MemoryBudget.shared.bytesInUse - before < 1 << 30)
    }
}
