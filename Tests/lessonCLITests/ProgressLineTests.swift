import Testing

@testable import lesson

@Suite struct ProgressLineTests {
    @Test func showsTheStepsThePercentageAndTheTimesAsFastprogressDoes() {
        let line = ProgressLine(label: "epoch 3/10", completed: 31, total: 60, elapsed: 1.2)
        #expect(line.text(width: 80) == "epoch 3/10 ██████████░░░░░░░░░░ 51.7% [31/60 00:01<00:01]")
    }

    @Test func startsWithAnEmptyBarAndNoEstimate() {
        let line = ProgressLine(label: "epoch 1/10", completed: 0, total: 60, elapsed: 0.4)
        #expect(line.text(width: 80) == "epoch 1/10 ░░░░░░░░░░░░░░░░░░░░ 0.0% [0/60 00:00<?]")
    }

    @Test func endsFull() {
        let line = ProgressLine(label: "loading train/3", completed: 6131, total: 6131, elapsed: 75.9)
        #expect(line.text(width: 80) == "loading train/3 ████████████████████ 100.0% [6131/6131 01:15<00:00]")
        let empty = ProgressLine(label: "loading images", completed: 0, total: 0, elapsed: 0)
        #expect(empty.text(width: 80) == "loading images ████████████████████ 100.0% [0/0 00:00<00:00]")
    }

    @Test func estimatesTheTimeLeftFromThePaceSoFar() {
        let line = ProgressLine(label: "epoch 1/1", completed: 10, total: 40, elapsed: 30)
        #expect(line.text(width: 80) == "epoch 1/1 █████░░░░░░░░░░░░░░░ 25.0% [10/40 00:30<01:30]")
    }

    @Test func writesTimesAsMinutesAndSecondsThenHours() {
        #expect(ProgressLine.clock(0) == "00:00")
        #expect(ProgressLine.clock(59.9) == "00:59")
        #expect(ProgressLine.clock(754) == "12:34")
        #expect(ProgressLine.clock(3725) == "1:02:05")
        #expect(ProgressLine.clock(.infinity) == "00:00")
        #expect(ProgressLine.clock(1e300) == "277777:46:40")
    }

    @Test func narrowsTheBarThenShortensTheLabelToFitTheTerminal() {
        let line = ProgressLine(label: "epoch 3/10", completed: 31, total: 60, elapsed: 1.2)
        #expect(line.text(width: 44) == "epoch 3/10 ███░░░ 51.7% [31/60 00:01<00:01]")
        let load = ProgressLine(
            label: "loading train-images-idx3-ubyte.gz", completed: 24000, total: 60000, elapsed: 0.5)
        #expect(load.text(width: 70) == "loading train-images-idx3-ubyt… ██░░░ 40.0% [24000/60000 00:00<00:00]")
        for width in [1, 10, 30, 44, 60, 70, 200] {
            #expect(load.text(width: width).count <= width - 1, "width \(width)")
            #expect(line.text(width: width).count <= max(0, width - 1), "width \(width)")
        }
    }
}
