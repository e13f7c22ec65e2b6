import LessonDocument
import Testing

@testable import LessonRunner

@Suite struct LessonRunnerTests {
    @Test func cellsFormOneProgramAndTheirTextIsPrintedThenTheValue() throws {
        let lesson = try run(cell("let x = 20") + cell("print(\"x is\", x)\nx + 1") + cell("print(1)\nlet y = 2"))
        #expect(lesson.cells.map(\.text) == [nil, "x is 20\n21", "1\n"])
        #expect(lesson.cells.allSatisfy { $0.ran && $0.error == nil })
    }

    @Test func trainingInACellReportsItsEpochsToTheRunnersProgress() throws {
        let lesson = try input(
            cell(
                """
                let xs = randn([40, 2])
                let ys = (xs[..., 0] > 0).float().unsqueeze(1)
                let train = DataLoader(Array(zip(xs, ys)), batchSize: 10)
                let dls = DataLoaders(train, DataLoader(Array(zip(xs, ys)), batchSize: 20))
                func loss(_ predictions: Tensor, _ targets: Tensor) -> Tensor { mseLoss(predictions, targets) }
                let learn = Learner(dls, Linear(2, 1), lossFunc: loss)
                """) + cell("learn.fit(2, lr: 0.1)") + cell("learn.recorder.values.count"))
        let progress = RecordingProgress()
        let reported = LessonRunner().run(lesson, progress: progress)
        let epoch = ["1", "2", "3", "4", "5", "6"]
        #expect(progress.events == ["epoch 1/2 /6"] + epoch + ["epoch 2/2 /6"] + epoch + ["finish"])
        #expect(reported.cells.map(\.error) == [nil, nil, nil])
        #expect(reported.cells[2].text == "2")
        let quiet = LessonRunner().run(lesson)
        #expect(quiet.cells[1].text == reported.cells[1].text)
    }

    @Test func theSeedComesFromTheFrontMatter() throws {
        let cells = cell("randn(4)")
        let seeded = try run("---\nseed: 7\n---\n" + cells).cells[0].text
        let again = try run("---\nseed: 7\n---\n" + cells).cells[0].text
        let other = try run("---\nseed: 8\n---\n" + cells).cells[0].text
        let zero = try run(cells).cells[0].text
        let explicitZero = try run("---\nseed: 0\n---\n" + cells).cells[0].text
        #expect(seeded == again)
        #expect(seeded != other)
        #expect(zero == explicitZero)
    }

    @Test func printOptionsComeFromTheFrontMatter() throws {
        let lesson = try run(
            "---\nprint: {precision: 2, linewidth: 30}\n---\n" + cell("tensor([0.123456, 2.5, 3, 4, 5, 6])"))
        #expect(lesson.cells[0].text == "tensor([0.12, 2.50, 3.00,\n        4.00, 5.00, 6.00])")
        let sci = try run("---\nprint: {sci_mode: true}\n---\n" + cell("tensor([1.5])"))
        #expect(sci.cells[0].text == "tensor([1.5000e+00])")
    }

    @Test func eachLessonHasItsOwnPrintOptions() throws {
        _ = try run(cell("setPrintOptions(precision: 1)"))
        #expect(try run(cell("tensor([0.123456])")).cells[0].text == "tensor([0.1235])")
    }

    @Test func aCellsTimeoutOptionStopsItAndTheNextCellRuns() throws {
        let lesson = try run(cell("while true {}", options: "timeout=0.2") + cell("1 + 1"))
        #expect(lesson.cells[0].error?.kind == .timeout)
        #expect(lesson.cells[0].isFailure)
        #expect(lesson.cells[0].duration < .seconds(5))
        #expect(lesson.cells[1].text == "2")
    }

    @Test func timeLimitsGoFromTheCellToTheLessonToTheRunner() throws {
        let loop = cell("while true {}")
        let byRunner = try run(loop, runner: LessonRunner(timeout: 0.2))
        #expect(byRunner.cells[0].error?.kind == .timeout)
        let byLesson = try run("---\ntimeout: 0.2\n---\n" + loop, runner: LessonRunner(timeout: 1000))
        #expect(byLesson.cells[0].error?.kind == .timeout)
        #expect(byLesson.cells[0].duration < .seconds(100))
        let byCell = try run(
            "---\ntimeout: 1000\n---\n" + cell("while true {}", options: "timeout=0.2"),
            runner: LessonRunner(timeout: 1000))
        #expect(byCell.cells[0].duration < .seconds(100))
        #expect(byCell.cells[0].error?.kind == .timeout)
    }

    @Test func errorsAreLocatedInTheFileAndRecordedByFileName() throws {
        let text = "# T\n\n- a list item:\n\n  ```swift\n  let a = [1, 2]\n  print(\"before\")\n  a[5]\n  ```\n"
        let lesson = runner.run(try input(text, path: "lessons/sub/x.md"))
        let outcome = lesson.cells[0]
        #expect(outcome.error?.description == "lessons/sub/x.md:8:4: error: Index out of range")
        #expect(outcome.text == "before\nx.md:8:4: error: Index out of range")
        #expect(outcome.isFailure)
    }

    @Test func syntaxErrorsShowTheSourceWithACaret() throws {
        let outcome = try run("\n" + cell("let = 3")).cells[0]
        #expect(outcome.error?.kind == .syntax)
        #expect(
            outcome.text == """
                test.md:3:5: error: expected pattern in variable
                3 | let = 3
                  |     `- error: expected pattern in variable
                """)
        #expect(outcome.error?.description.hasPrefix("lessons/test.md:3:5: error: expected pattern") == true)
    }

    @Test func expectErrorCellsMustFail() throws {
        let lesson = try run(cell("[1][3]", options: "expect-error") + cell("1", options: "expect-error"))
        #expect(!lesson.cells[0].isFailure)
        #expect(lesson.cells[0].text == "test.md:2:4: error: Index out of range")
        #expect(lesson.cells[1].isFailure)
        let check = LessonCheck(lesson)
        #expect(check.verdicts[1] == .failed(.missingError))
    }

    @Test func noRunCellsAreSkippedAndNeverRun() throws {
        let lesson = try run(cell("let skipped = 1", options: "no-run") + cell("skipped"))
        #expect(!lesson.cells[0].ran)
        #expect(lesson.cells[0].text == nil)
        #expect(lesson.cells[1].error?.message.contains("skipped") == true)
        #expect(LessonCheck(lesson).verdicts[0] == .skipped)
    }

    @Test func noCheckCellsRunButAreNotCompared() throws {
        let lesson = try run(cell("print(\"clock\")\n42", options: "no-check", output: "something else"))
        #expect(lesson.cells[0].text == "clock\n42")
        #expect(LessonCheck(lesson).verdicts == [.passed])
        let failing = try run(cell("[1][3]", options: "no-check"))
        #expect(
            LessonCheck(failing).verdicts.first.map { if case .failed(.error) = $0 { true } else { false } } == true)
    }

    @Test func resultsStreamAsCellsFinish() throws {
        var seen: [Int] = []
        let lesson = LessonRunner().run(try input(cell("1") + cell("2", options: "no-run") + cell("3"))) {
            seen.append($0.cell.index)
        }
        #expect(seen == [0, 1, 2])
        #expect(lesson.cells.count == 3)
    }

    private let runner = LessonRunner()
}
