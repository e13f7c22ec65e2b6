import LessonLibrary
import LessonScript
import Testing

@Suite struct TensorCellTests {
    @Test func createsAndDisplaysTensors() {
        let cells = CellRunner()
        #expect(cells.run("tensor([[1, 2, 3], [4, 5, 6]])") == "tensor([[1, 2, 3],\n        [4, 5, 6]])")
        #expect(cells.run("tensor(3.0)") == "tensor(3.)")
        #expect(cells.run("zeros([2, 3]).shape") == "[2, 3]")
        #expect(cells.run("tensor([1, 2]).type()") == "\"torch.LongTensor\"")
        #expect(cells.run("tensor([1, 2]).dtype") == "torch.int64")
    }

    @Test func indexesLikePyTorch() {
        let cells = CellRunner()
        _ = cells.run("let tns = tensor([[1, 2, 3], [4, 5, 6]])")
        #expect(cells.run("tns[1]") == "tensor([4, 5, 6])")
        #expect(cells.run("tns[..., 1]") == "tensor([2, 5])")
        #expect(cells.run("tns[1, 1..<3]") == "tensor([5, 6])")
        #expect(cells.run("tns[-1]") == "tensor([4, 5, 6])")
        #expect(cells.run("tns[.newAxis].shape") == "[1, 2, 3]")
        #expect(cells.run("tns[.ellipsis, 0]") == "tensor([1, 4])")
        #expect(cells.run("tns[tns > 2]") == "tensor([3, 4, 5, 6])")
        // The book's `sm_acts[idx, targ]`: one element of each row, from two index tensors (or arrays).
        #expect(cells.run("tns[arange(0, 2), tensor([2, 0])]") == "tensor([3, 4])")
        #expect(cells.run("tns[[1, 0], [0, 0]]") == "tensor([4, 1])")
        #expect(cells.run("tns + 1") == "tensor([[2, 3, 4],\n        [5, 6, 7]])")
    }

    @Test func takesDimAsAKeywordToo() {
        // PyTorch code writes both `t.sum(1)` and `t.sum(dim=1)`; the spelling rule turns the keyword into a label.
        let cells = CellRunner()
        _ = cells.run("let m = tensor([[1.0, -2.0, 3.0], [4.0, 5.0, -6.0]])")
        for (keyword, positional) in [
            ("m.sum(dim: 0)", "m.sum(0)"), ("m.mean(dim: 1, keepdim: true)", "m.mean(1, keepdim: true)"),
            ("m.std(dim: 0)", "m.std(0)"), ("m.max(dim: 1)", "m.max(1)"), ("m.min(dim: 0)", "m.min(0)"),
            ("m.argmax(dim: 1)", "m.argmax(1)"), ("m.argmin(dim: 0)", "m.argmin(0)"),
            ("m.softmax(dim: 1)", "m.softmax(1)"), ("m.logSoftmax(dim: 1)", "m.logSoftmax(1)"),
        ] {
            #expect(cells.run(keyword) == cells.run(positional), "\(keyword)")
            #expect(!cells.run(keyword).hasPrefix("error"), "\(keyword)")
        }
        #expect(cells.run("m.sum(dim: [0, 1])") == "tensor(5.)")
    }

    @Test func hasTheNamedFormsOfTheOperators() {
        let cells = CellRunner()
        _ = cells.run("let v = tensor([1.0, 2.0, 3.0])")
        #expect(cells.run("v.add(1)") == "tensor([2., 3., 4.])")
        #expect(cells.run("v.sub(v)") == "tensor([0., 0., 0.])")
        #expect(cells.run("v.mul(2)") == "tensor([2., 4., 6.])")
        #expect(cells.run("v.div(tensor([2.0, 4.0, 6.0]))") == "tensor([0.5000, 0.5000, 0.5000])")
        #expect(cells.run("v.gt(1.5)") == "tensor([False,  True,  True])")
        #expect(cells.run("v.eq(tensor([1.0, 0.0, 3.0]))") == "tensor([ True, False,  True])")
        #expect(cells.run("v.le(2)") == "tensor([ True,  True, False])")
        #expect(cells.run("v.tolist()") == "[1.0, 2.0, 3.0]")
        #expect(cells.run("(v > 0).all()") == "tensor(True)")
        #expect(cells.run("(v > 2).any(dim: 0)") == "tensor(True)")
        #expect(cells.run("tensor([[1, 0], [1, 1]]).all(1)") == "tensor([False,  True])")
        #expect(cells.run("v.tolist()") == cells.run("v.toList()"))
    }

    @Test func assignsThroughViews() {
        let cells = CellRunner()
        _ = cells.run("let t = zeros([2, 2])\nlet row = t[0]\nrow[1] = 5")
        #expect(cells.run("t") == "tensor([[0., 5.],\n        [0., 0.]])")
        _ = cells.run("t[t > 1] = -1")
        #expect(cells.run("t") == "tensor([[ 0., -1.],\n        [ 0.,  0.]])")
    }

    @Test func computesGradients() {
        let cells = CellRunner()
        _ = cells.run("let xt = tensor([3.0, 4.0, 10.0]).requiresGrad()")
        #expect(cells.run("xt") == "tensor([ 3.,  4., 10.], requires_grad=True)")
        _ = cells.run("let yt = (xt ** 2).sum()")
        #expect(cells.run("yt") == "tensor(125., grad_fn=<SumBackward0>)")
        _ = cells.run("yt.backward()")
        #expect(cells.run("xt.grad") == "tensor([ 6.,  8., 20.])")
        _ = cells.run("noGrad { xt.data -= 0.5 * xt.grad! }")
        #expect(cells.run("xt") == "tensor([0., 0., 0.], requires_grad=True)")
    }

    @Test func keepsTheLessonsStateAcrossCells() {
        let cells = CellRunner()
        _ = cells.run("manualSeed(42)")
        let first = cells.run("randn(3)")
        _ = cells.run("manualSeed(42)\nsetPrintOptions(precision: 2)")
        let again = cells.run("randn(3)")
        #expect(first.hasPrefix("tensor(["))
        #expect(again.count < first.count)
        let shortened = CellRunner()
        _ = shortened.run("manualSeed(42)\nsetPrintOptions(precision: 2)")
        #expect(shortened.run("randn(3)") == again)
    }

    @Test func reportsLibraryErrors() {
        let cells = CellRunner()
        #expect(
            cells.run("matmul(ones([4, 784]), ones([1, 784]))").contains(
                "mat1 and mat2 shapes cannot be multiplied (4x784 and 1x784)"))
        #expect(cells.run("tensor([1, 2]).mean()").contains("mean(): could not infer output dtype"))
        #expect(cells.run("Double(7) / 2") == "3.5")
        #expect(cells.run("abs(-3)") == "3")
    }
}

/// Tensor work that runs long without calling back into the cell stops at the cell's time limit.
@Suite struct TensorTimeLimitTests {
    @Test func aLargeRandnStopsAtTheTimeLimitAndTheNextCellRuns() {
        let lesson = LessonLibrary.makeLesson(options: .init(timeLimit: 0.3))
        let origin = SourceOrigin(file: "t.md", line: 3)
        let result = lesson.session.run("let big = randn([8_000, 8_000])", origin: origin)
        #expect(result.error?.kind == .timeout)
        #expect(result.error?.message == "cell exceeded its time limit of 0.3 s")
        #expect(result.duration < .seconds(5))
        #expect(lesson.session.run("randn([2]).shape", origin: origin).valueText == "[2]")
    }

    @Test func eachLessonsTensorsHaveTheirOwnMemoryLimit() {
        let origin = SourceOrigin(file: "t.md", line: 3)
        let limit = MemoryLimitOptions.oneGiB
        let first = LessonLibrary.makeLesson(options: limit)
        let second = LessonLibrary.makeLesson(options: limit)
        // 600 MB each (zero pages, not touched): within each lesson's limit, over it together.
        #expect(first.session.run("let held = zeros([150_000_000])", origin: origin).error == nil)
        #expect(second.session.run("let held = zeros([150_000_000])", origin: origin).error == nil)
        let third = second.session.run("let more = zeros([150_000_000])", origin: origin)
        #expect(
            third.error?.message
                == "DefaultCPUAllocator: not enough memory: you tried to allocate 600000000 bytes. "
                + "(over the tensor memory limit)")
    }

    @Test func valuesOutsideTensorsGetTheMemoryLimitOfTheOptions() {
        let lesson = LessonLibrary.makeLesson(options: .init(memoryLimit: 1 << 20))
        let result = lesson.session.run(
            "String(repeating: \"a\", count: 2_000_000)", origin: SourceOrigin(file: "t.md", line: 3))
        #expect(
            result.error?.message
                == "not enough memory: you tried to allocate 2000000 bytes for a String. (over the memory limit)")
    }
}

/// Session options with a memory limit of 1 GiB.
private enum MemoryLimitOptions {
    static let oneGiB = ScriptSession.Options(memoryLimit: 1 << 30)
}
