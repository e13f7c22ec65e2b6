import Testing

/// A lesson that builds a tiny CNN (Conv2d, BatchNorm2d, ReLU, Flatten), prints it and its shapes, trains it for
/// a few SGD steps and evaluates it, checked by `lesson check` as a learner would run it.
@Suite struct ConvolutionLessonTests {
    @Test func checksATinyCNNLesson() throws {
        let result = try CLI.run(["check", "convolutions.md"])
        #expect(result.stdout == "6 passed, 0 failed\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }
}
