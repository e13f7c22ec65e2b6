import Testing

/// The progress bar of `lesson run`: on stderr when it is a terminal, erased when done, nowhere else.
@Suite struct ProgressBarTests {
    @Test func runDrawsABarOnATerminalsStderrAndErasesIt() throws {
        let result = try CLI.runOnTerminal(["run", "training.md"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("\repoch "))
        #expect(result.stderr.contains("/10 █") && result.stderr.contains("/310 "))
        #expect(!result.stderr.contains("\n"))
        #expect(result.stderr.hasSuffix("\r\u{1B}[K"))
        #expect(!result.stdout.contains("\r") && !result.stdout.contains("█"))
        #expect(result.stdout.contains("train_loss  valid_loss  time"))
    }

    @Test func runDrawsNothingWhenStderrIsAFile() throws {
        let result = try CLI.run(["run", "training.md"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("train_loss  valid_loss  time"))
    }

    @Test(arguments: [["check", "training.md"], ["update", "--dry-run", "training.md"]])
    func otherCommandsDrawNothingEvenOnATerminal(arguments: [String]) throws {
        let result = try CLI.runOnTerminal(arguments)
        #expect(result.status == 0)
        #expect(result.stderr == "")
    }
}
