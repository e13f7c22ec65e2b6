import LessonLibrary
import LessonScript
import Testing

/// Type checking with the lesson library bound: tensors mix with numbers as their operators allow, library
/// values are never a type error, and library calls are checked against their registered labels.
@Suite struct TypeCheckingCellTests {
    @Test func tensorsMixWithNumbers() {
        let cells = CellRunner()
        _ = cells.run("let t = tensor([1.0, 2.0])\nlet n = 3\nlet lr = 0.5")
        #expect(cells.run("t * n + lr") == "tensor([3.5000, 6.5000])")
        #expect(cells.run("n * t - 1") == "tensor([2., 5.])")
        #expect(cells.run("(t ** 2).sum().item() * lr") == "2.5")
        #expect(cells.run("let total: Double = t.sum().item()\ntotal / 2") == "1.5")
        #expect(
            cells.run("func scale(_ x: Tensor, by factor: Double) -> Tensor { x * factor }\nscale(t, by: 2)")
                == "tensor([2., 4.])")
        #expect(cells.run("var losses: [Double] = []\nlosses.append(t.mean().item())\nlosses") == "[1.5]")
    }

    @Test func numbersStillFollowSwiftsRulesBesideTensors() {
        let cells = CellRunner()
        _ = cells.run("let t = tensor([1.0, 2.0])\nlet n = 3\nlet lr = 0.5")
        #expect(
            cells.run("print(t)\nn * lr")
                == "error: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'")
        #expect(
            cells.run("let steps: Int = lr") == "error: cannot convert value of type 'Double' to specified type 'Int'")
    }

    @Test func libraryCallsAreCheckedAgainstTheirSignatures() {
        let cells = CellRunner()
        #expect(cells.run("print(1)\nLinear(784, 30, biased: true)").hasPrefix("error: "))
        #expect(cells.run("Linear(2, 1).weight!.shape") == "[1, 2]")
    }
}
