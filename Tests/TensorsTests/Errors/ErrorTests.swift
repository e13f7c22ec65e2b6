import Foundation
import Testing

@testable import Tensors

/// Every failure is a thrown `TensorError` (never a crash), with PyTorch's text where PyTorch raises.
@Suite struct ErrorTests {
    @Test func shapeMismatch() {
        expectError("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0") {
            try ones([3]) + ones([4])
        }
        expectError("The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1") {
            try ones([2, 3]) * ones([3, 2])
        }
        expectError("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0") {
            try ones([3]) > ones([4])
        }
        expectError("The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0") {
            try ones([3], dtype: .bool) & ones([4], dtype: .bool)
        }
        #expect(tensorError { try ones([3]) + ones([4]) }?.kind == .shapeMismatch)
    }

    @Test func indexOutOfRange() {
        expectError("index 5 is out of bounds for dimension 0 with size 3") { try tensor([1, 2, 3])[5] }
        expectError("index -4 is out of bounds for dimension 0 with size 3") { try tensor([1, 2, 3])[-4] }
        expectError("index 3 is out of bounds for dimension 1 with size 3") { try ones([2, 3])[0, 3] }
        expectError("index 5 is out of bounds for dimension 0 with size 3") { try tensor([1, 2, 3]).select(0, 5) }
        expectError("too many indices for tensor of dimension 1") { try tensor([1, 2, 3])[0, 0] }
        expectError("index 3 is out of bounds for dimension 0 with size 3") {
            try tensor([1, 2, 3])[.tensor(tensor([0, 3]))]
        }
        expectError("index 5 is out of bounds for dimension 0 with size 3") {
            try tensor([1, 2, 3]).setIndex([5], to: .scalar(0))
        }
        #expect(tensorError { try tensor([1, 2, 3])[5] }?.kind == .indexOutOfRange)
    }

    @Test func badViewSize() {
        expectError("shape '[3, 5]' is invalid for input of size 12") { try arange(12).view(3, 5) }
        expectError("shape '[5, -1]' is invalid for input of size 12") { try arange(12).view(5, -1) }
        expectError("shape '[3, 5]' is invalid for input of size 12") { try arange(12).reshape(3, 5) }
        expectError("only one dimension can be inferred") { try arange(12).view(-1, -1) }
        expectError("invalid shape dimension -3 at index 1 of shape [4, -3]") { try arange(12).view(4, -3) }
    }

    @Test func viewOfNonContiguous() {
        expectError(
            "view size is not compatible with input tensor's size and stride (at least one dimension spans across "
                + "two contiguous subspaces). Use .reshape(...) instead."
        ) { try arange(12).view(3, 4).t().view(12) }
        #expect((try? arange(12).view(3, 4).t().reshape(12).shape) == [12])
    }

    @Test func matmulShapeMismatch() {
        expectError("mat1 and mat2 shapes cannot be multiplied (4x784 and 1x784)") {
            try matmul(ones([4, 784]), ones([1, 784]))
        }
        expectError("mat1 and mat2 shapes cannot be multiplied (4x784 and 1x784)") {
            try ones([4, 784]).matmul(ones([1, 784]))
        }
        expectError("size mismatch, got input (4), mat (4x784), vec (3)") { try matmul(ones([4, 784]), ones([3])) }
        expectError("both arguments to matmul need to be at least 1D, but they are 0D and 1D") {
            try matmul(tensor(1.0), ones([3]))
        }
    }

    @Test func integerMean() {
        let message =
            "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. "
        expectError(message + "Got: Long") { try tensor([1, 2, 3]).mean() }
        expectError(message + "Got: Byte") { try tensor([1, 2, 3], dtype: .uint8).mean(0) }
        expectError(message + "Got: Bool") { try tensor([true]).mean() }
        expectError("std and var only support floating point and complex dtypes") { try tensor([1, 2]).std() }
    }

    @Test func dimensionOutOfRange() {
        let matrix = try! ones([2, 3])
        expectError("Dimension out of range (expected to be in range of [-2, 1], but got 2)") { try matrix.sum(2) }
        expectError("Dimension out of range (expected to be in range of [-2, 1], but got -3)") { try matrix.mean(-3) }
        expectError("Dimension out of range (expected to be in range of [-2, 1], but got 2)") { try matrix.argmax(2) }
        expectError("Dimension out of range (expected to be in range of [-2, 1], but got 2)") { try matrix.max(2) }
        expectError("Dimension out of range (expected to be in range of [-2, 1], but got 5)") { try matrix.std(5) }
        expectError("Dimension out of range (expected to be in range of [-3, 2], but got 3)") {
            try matrix.unsqueeze(3)
        }
        expectError("Dimension out of range (expected to be in range of [-2, 1], but got 2)") {
            try matrix.transpose(0, 2)
        }
        expectError("Dimension out of range (expected to be in range of [-3, 2], but got 3)") {
            try stack([matrix, matrix], dim: 3)
        }
        expectError("Dimension out of range (expected to be in range of [-2, 1], but got 2)") {
            try cat([matrix, matrix], dim: 2)
        }
        expectError("dim 0 appears multiple times in the list of dims") { try matrix.sum([0, -2]) }
        #expect(tensorError { try matrix.sum(2) }?.kind == .indexOutOfRange)
    }

    @Test func allocationOverTheMemoryLimit() throws {
        // Far over any limit: refused at once, without touching memory.
        let start = Date()
        expectError(
            "DefaultCPUAllocator: not enough memory: you tried to allocate 4398046511104 bytes. "
                + "(over the tensor memory limit)"
        ) { try zeros([1 << 40]) }
        #expect(Date().timeIntervalSince(start) < 1)
        expectError("Trying to create tensor with too many elements: [4611686018427387904, 4]") {
            try zeros([1 << 62, 4])
        }
        // Under a lowered limit (other tests run meanwhile, so it keeps a generous margin for them).
        let budget = MemoryBudget.shared
        let saved = budget.limit
        defer { budget.limit = saved }
        budget.limit = budget.bytesInUse + (256 << 20)
        let error = tensorError { try ones([1 << 28]) }  // 1 GiB of float32
        #expect(error?.kind == .outOfMemory)
        let expected = "DefaultCPUAllocator: not enough memory: you tried to allocate 1073741824 bytes."
        #expect(error?.message.hasPrefix(expected) == true)
        let small = try ones([1 << 10])  // still fine under the lowered limit
        #expect(small.count == 1 << 10)
    }

    @Test func allocationFailureReturnsItsBytes() throws {
        let before = MemoryBudget.shared.bytesInUse
        _ = tensorError { try zeros([1 << 40]) }
        _ = tensorError { try randn([1 << 40]) }
        // Other tests allocate meanwhile; a leaked reservation would be 4 TiB, far above their churn.
        #expect(MemoryBudget.shared.bytesInUse - before < 1 << 40)
    }

    @Test func negativeDimensionSizes() {
        expectError("zeros: Dimension size must be non-negative.") { try zeros([2, -3]) }
        expectError("Trying to create tensor with negative dimension -3: [2, -3]") { try ones([2, -3]) }
        expectError("Trying to create tensor with negative dimension -2: [-2]") { try full([-2], 7) }
        expectError("Trying to create tensor with negative dimension -1: [-1]") { try randn([-1]) }
        expectError("Trying to create tensor with negative dimension -1: [-1]") { try rand([-1]) }
        #expect(tensorError { try ones([-1]) }?.kind == .invalidArgument)
    }

    @Test func autogradMisuse() throws {
        let x = try tensor([1.0, 2.0]).requiresGrad()
        expectError("a leaf Variable that requires grad is being used in an in-place operation.") { try x += 1 }
        expectError("a leaf Variable that requires grad is being used in an in-place operation.") { try x.zero() }
        expectError("a view of a leaf Variable that requires grad is being used in an in-place operation.") {
            try x[0] *= 2
        }
        expectError("grad can be implicitly created only for scalar outputs") { try (x * 2).backward() }
        expectError("element 0 of tensors does not require grad and does not have a grad_fn") {
            try tensor([1.0]).sum().backward()
        }
        expectError("only Tensors of floating point dtype can require gradients") { try tensor([1, 2]).requiresGrad() }
        // Inside noGrad the same update is allowed and not recorded.
        try noGrad { try x -= 0.5 }
        #expect(storedValues(x) == [0.5, 1.5])
        #expect(x.gradFn == nil && x.requiresGrad)
    }

    /// Inputs that are easy to get wrong in index and size arithmetic: each must throw, not trap.
    @Test func extremeArgumentsThrow() throws {
        expectError("invalid size, possible overflow?") { try arange(0, .double(1e20)) }
        expectError("invalid size, possible overflow?") { try arange(.int(Int.min), .int(Int.max)) }
        expectError("unsupported range: 0 -> inf") { try arange(0, .double(.infinity)) }
        expectError("unsupported range: 0 -> nan") { try arange(0, .double(.nan)) }
        #expect(tensorError { try linspace(0, 1, Int.max) } != nil)
        #expect(tensorError { try randperm(Int.max) } != nil)
        expectError("numel: integer multiplication overflow") { try ones([1, 3]).expand(-2, 3) }
        expectError("numel: integer multiplication overflow") { try ones([1, 1, 3]).expand(Int.max, Int.max, 3) }
        expectError("start (2) + length (5) exceeds dimension size (3).") { try ones([3]).narrow(0, 2, 5) }
        expectError("start out of range (expected to be in range of [-3, 3], but got 4)") {
            try ones([3]).narrow(0, 4, 0)
        }
        #expect(try ones([3]).narrow(0, -1, 1).shape == [1])
        #expect(tensorError { try ones([3]).view(Int.max, 2) } != nil)
        #expect(tensorError { try ones([3])[.slice(start: 0, end: 3, step: 0)] } != nil)
        #expect(tensorError { try ones([3])[.slice(start: 0, end: 3, step: -1)] } != nil)
        #expect(tensorError { try ones([3]).permute(Int.min) } != nil)
        #expect(tensorError { try ones([3]).unsqueeze(Int.max) } != nil)
        #expect(tensorError { try ones([3])[.index(Int.min)] } != nil)
        #expect(tensorError { try ones([2]).item() } != nil)
        #expect(tensorError { try stack([]) } != nil)
        #expect(tensorError { try cat([]) } != nil)
        #expect(tensorError { try tensor([[1, 2], [3]]) } != nil)
        #expect(tensorError { try tensor([1, 2]) ** -1 } != nil)
        #expect(tensorError { try tensor([1, 2]) % 0 } != nil)
    }

    @Test func hugeSlicesAreClampedNotTrapped() throws {
        let t = try arange(5)
        #expect(try t[.slice(start: Int.min, end: Int.max, step: 1)].shape == [5])
        #expect(try t[.slice(start: 0, end: 5, step: Int.max)].shape == [1])
        #expect(try t[.slice(start: 1, end: Int.max, step: Int.max / 2)].shape == [1])
    }
}
