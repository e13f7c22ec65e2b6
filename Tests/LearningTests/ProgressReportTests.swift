import Learning
import Tensors
import Testing

/// A reporter that keeps what it is told: `label /total` at a start, the steps done at an update, `finish`.
final class RecordingProgress: ProgressReporter {
    var events: [String] = []

    func start(_ label: String, total: Int) { events.append("\(label) /\(total)") }
    func update(_ completed: Int) { events.append("\(completed)") }
    func finish() { events.append("finish") }
}

/// Thrown by a batch source on purpose.
struct BrokenBatch: Error {}

@Suite struct ProgressReportTests {
    /// A learner fitting `y = 2x` with one weight, over `trainCount` training batches and 2 validation batches of
    /// four items; the training batch numbered `failing` (counting from 1 across epochs) throws.
    func learner(trainCount: Int, failing: Int? = nil) throws -> Learner {
        let inputs = try Tensor(shape: [4, 1], elements: [1, 2, 3, 4] as [Float])
        let targets = try Tensor(shape: [4, 1], elements: [2, 4, 6, 8] as [Float])
        let model = try Linear(1, 1, bias: false)
        try noGrad { try model.weight.zero() }
        var served = 0
        func batches(_ count: Int, counting: Bool) -> Learner.Batches {
            Learner.Batches(count: count) {
                var left = count
                return {
                    guard left > 0 else { return nil }
                    left -= 1
                    if counting { served += 1 }
                    if counting, served == failing { throw BrokenBatch() }
                    return (inputs, targets)
                }
            }
        }
        return Learner(
            train: batches(trainCount, counting: true), valid: batches(2, counting: false), model: model,
            loss: { try mseLoss($0, $1) }, makeOptimizer: { SGD($0, lr: $1) })
    }

    @Test func fitReportsEveryBatchOfEveryEpochThenFinishesOnce() throws {
        let progress = RecordingProgress()
        try learner(trainCount: 3).fit(2, lr: 0.01, progress: progress)
        let epoch = ["1", "2", "3", "4", "5"]
        #expect(progress.events == ["epoch 1/2 /5"] + epoch + ["epoch 2/2 /5"] + epoch + ["finish"])
    }

    @Test func aFitThatFailsStillFinishesItsProgress() throws {
        let progress = RecordingProgress()
        #expect(throws: BrokenBatch.self) {
            try learner(trainCount: 3, failing: 5).fit(3, lr: 0.01, progress: progress)
        }
        #expect(progress.events == ["epoch 1/3 /5", "1", "2", "3", "4", "5", "epoch 2/3 /5", "1", "finish"])
    }

    @Test func aFitWithoutAReporterTrainsAlike() throws {
        let quiet = try learner(trainCount: 3).fit(2, lr: 0.01)
        let reported = try learner(trainCount: 3).fit(2, lr: 0.01, progress: RecordingProgress())
        #expect(quiet.rows.map { $0.dropLast() } == reported.rows.map { $0.dropLast() })
    }

    @Test func loadImagesReportsTheFilesDecodedChunkByChunk() throws {
        let folder = try untarData(URLs.mnistSample, locations: Locations.shipped) / "train" / "3"
        let files = try folder.ls().sorted()
        let progress = RecordingProgress()
        let tensors = try loadImages(Array((files + files + files).prefix(1100)), progress: progress)
        #expect(tensors.count == 1100)
        #expect(progress.events == ["loading images /1100", "512", "1024", "1100", "finish"])

        let fromFolder = RecordingProgress()
        #expect(try loadImages(folder, progress: fromFolder).count == files.count)
        #expect(fromFolder.events == ["loading train/3 /\(files.count)", "\(files.count)", "finish"])
    }

    @Test func aFailedLoadStillFinishesItsProgress() {
        let progress = RecordingProgress()
        #expect(throws: DataError.self) {
            try loadImages([Locations.pngFixtures / "truncated.png"], progress: progress)
        }
        #expect(progress.events == ["loading images /1", "finish"])
    }

    @Test func loadMNISTReportsTheImagesRead() throws {
        let progress = RecordingProgress()
        let (images, _) = try loadMNIST(Locations.fixtures / "gz-images-idx3-ubyte.gz", progress: progress)
        #expect(images.shape == [3, 2, 3])
        #expect(progress.events == ["loading gz-images-idx3-ubyte.gz /3", "3", "finish"])
    }
}
