import Testing

@testable import Tensors

/// `item()`, `type()` and dtype names.
@Suite struct ScalarAccessTests {
    @Test func itemGivesTheNumberByDtype() throws {
        #expect(try tensor([[2.5]]).item() == .double(2.5))
        #expect(try tensor(3).item() == .int(3))
        #expect(try tensor([true]).item() == .bool(true))
        #expect(try tensor([7], dtype: .uint8).item() == .int(7))
        #expect(try tensor([1.5], dtype: .float64).item() == .double(1.5))
        #expect(try tensor([[1, 2], [3, 4]])[1, 0].item() == .int(3))
        #expect(try tensor([[1.0, 2.0], [3.0, 4.0]]).t()[0, 1].item() == .double(3))
        #expect(try tensor([1, 2, 3]).sum().item().doubleValue == 6)
        expectError("a Tensor with 2 elements cannot be converted to Scalar") { try tensor([1, 2]).item() }
        expectError("a Tensor with 0 elements cannot be converted to Scalar") { try zeros([0]).item() }
    }

    @Test func typeNames() throws {
        let names = try [
            tensor([true]).type(), tensor([1], dtype: .uint8).type(), tensor([1], dtype: .int32).type(),
            tensor([1]).type(), tensor([1.0]).type(), tensor([1.0], dtype: .float64).type(),
        ]
        #expect(
            names == [
                "torch.BoolTensor", "torch.ByteTensor", "torch.IntTensor", "torch.LongTensor", "torch.FloatTensor",
                "torch.DoubleTensor",
            ])
        #expect(DType.allCases.map(\.description) == DType.allCases.map { "torch.\($0.name)" })
        #expect(try tensor([1]).dtype.description == "torch.int64")
    }

    @Test func conversionsKeepShapeAndMakeNewStorage() throws {
        let t = try tensor([[-1.5, 2.7], [300.2, -0.4]])
        for converted in try [t.long(), t.int(), t.byte(), t.bool(), t.double()] {
            #expect(converted.shape == [2, 2] && converted.storage !== t.storage)
        }
        #expect(try storedIntegers(t.byte()) == [255, 2, 44, 0])
        #expect(try storedIntegers(t.long()) == [-1, 2, 300, 0])
    }
}
