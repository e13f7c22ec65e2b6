import Foundation
import Testing

/// Lessons of convolutional networks checked by `lesson check`, as a learner would run them.
@Suite struct ConvolutionLessonTests {
    /// A tiny CNN (Conv2d, BatchNorm2d, ReLU, Flatten): printed, its shapes, a few SGD steps, evaluated.
    @Test func checksATinyCNNLesson() throws {
        let result = try CLI.run(["check", "convolutions.md"])
        #expect(result.stdout == "6 passed, 0 failed\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    /// Chapter 13's computations on the project's own digits, every expected output printed by PyTorch (see
    /// Golden/make_chapter13_lesson.py): edge kernels, strided, padded, dilated and grouped convolutions with their
    /// gradients, pooling, the chapter's models, batch norm's statistics, cross-entropy and PyTorch's errors.
    @Test func chapter13CellsPrintWhatPyTorchPrints() throws {
        let result = try CLI.run(["check", "--data", Self.projectData, "chapter13-pytorch.md"])
        #expect(result.stdout == "23 passed, 0 failed\n")
        #expect(result.stderr == "")
        #expect(result.status == 0)
    }

    /// A convolution whose unfolded patches, or whose output, would pass `--memory-limit` is the allocator's error
    /// in its cell, and the lesson goes on.
    @Test func convolutionsOverTheMemoryLimitAreErrors() throws {
        let result = try CLI.run(["check", "--memory-limit", "256M", "convolution-memory.md"])
        #expect(result.stdout == "3 passed, 0 failed\n")
        #expect(result.status == 0)
    }

    /// The sample of digits shipped in the project's data/ folder.
    private static let projectData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path
}
