import Testing

@testable import Tensors

/// Reference semantics and storage sharing, checked on the storage itself (the golden cases check the values).
@Suite struct ViewSemanticsTests {
    @Test func viewsShareStorageWithTheirBase() throws {
        let base = try arange(24).view(2, 3, 4)
        let views: [(String, Tensor)] = try [
            ("t[1]", base[1]), ("t[-1]", base[-1]), ("t[0..<1]", base[.range(0..<1)]), ("t[..., 1]", base[.all, 1]),
            ("t[.ellipsis, 0]", base[.ellipsis, 0]), ("t[.newAxis]", base[.newAxis]), ("view", base.view(-1, 4)),
            ("reshape", base.reshape(6, 4)), ("T", base.T), ("t()", base[0].t()), ("transpose", base.transpose(0, 1)),
            ("permute", base.permute(2, 0, 1)), ("unsqueeze", base.unsqueeze(0)), ("squeeze", base[.newAxis].squeeze()),
            ("expand", base[.all, .range(0..<1)].expand(2, 3, 4)), ("flatten", base.flatten()),
            ("contiguous", base.contiguous()), ("narrow", base.narrow(2, 1, 2)), ("detach", base.detach()),
            ("data", base.data),
        ]
        for (name, view) in views {
            #expect(view.storage === base.storage, "\(name) shares storage")
        }
    }

    @Test func copiesDoNotShareStorage() throws {
        let base = try arange(24).view(2, 3, 4)
        let copies: [(String, Tensor)] = try [
            ("clone", base.clone()), ("reshape of transpose", base.transpose(0, 1).reshape(-1)),
            ("contiguous of transpose", base.transpose(0, 1).contiguous()), ("mask", base[.tensor(base > 3)]),
            ("index tensor", base[.tensor(tensor([1, 0]))]), ("float()", base.float()), ("+ 0", base + 0),
        ]
        for (name, copy) in copies {
            #expect(copy.storage !== base.storage, "\(name) is a copy")
        }
    }

    @Test func contiguousAndSameDtypeConversionsReturnTheTensorItself() throws {
        let t = try ones([2, 3])
        #expect(try t.contiguous() === t)
        #expect(try t.float() === t)
        #expect(try t.t().contiguous() !== t)
    }

    @Test func aTensorIsAnObject() throws {
        let a = try zeros([3])
        let b = a
        try b.setIndex([0], to: .scalar(5))
        #expect(storedValues(a) == [5, 0, 0])
        let parameters = [a]
        for p in parameters { try p.data.updateInPlace(.add, .scalar(1)) }
        #expect(storedValues(a) == [6, 1, 1])
    }

    @Test func writesThroughChainedViewsReachTheBase() throws {
        let base = try zeros([4, 4])
        let corner = try base.t()[.range(2..<4)][.all, .range(0..<2)]
        try corner.fill(7)
        // base.t()[2..<4, 0..<2] is base[0..<2, 2..<4].
        #expect(storedValues(base) == [0, 0, 7, 7, 0, 0, 7, 7, 0, 0, 0, 0, 0, 0, 0, 0])
        try base.setIndex([.tensor(base > 6)], to: .scalar(1))
        #expect(try storedValues(corner) == [1, 1, 1, 1])
    }

    @Test func numelCountAndShape() throws {
        let t = try zeros([2, 3, 4])
        #expect(t.numel() == 24 && t.count == 24 && t.ndim == 3 && t.shape == [2, 3, 4])
        #expect(try zeros([]).numel() == 1 && zeros([0, 3]).numel() == 0)
    }
}
