/// fast.ai's `TrainEvalCallback`, which every learner has: it puts the model in training mode before the training
/// batches and in evaluation mode before the validation ones (`learn.training` follows), and counts the training
/// batches: `learn.trainIteration` (fast.ai's `train_iter`) and `learn.pctTrain`, the position in the whole fit
/// from 0 to 1 that schedules read.
public final class TrainEvalCallback: Callback {
    public override var order: Int { -10 }
    public override var runValid: Bool { false }

    public override func beforeFit() throws {
        learn?.trainIteration = 0
        learn?.pctTrain = 0
    }

    public override func beforeTrain() throws {
        guard let learn else { return }
        learn.pctTrain = Double(learn.epoch) / Double(learn.epochCount)
        learn.model.train()
        learn.training = true
    }

    public override func afterBatch() throws {
        guard let learn else { return }
        learn.pctTrain += 1 / Double(learn.iterationCount * learn.epochCount)
        learn.trainIteration += 1
    }

    public override func beforeValidate() throws {
        learn?.model.eval()
        learn?.training = false
    }
}

/// fast.ai's `ProgressCallback`: reports each epoch's batches, training and validation, to the learner's
/// progress reporter (`lesson run` draws a bar on a terminal) as one piece of work, `epoch 3/10`.
public final class ProgressCallback: Callback {
    private var done = 0

    public override var order: Int { 70 }

    public override func beforeEpoch() throws {
        guard let learn else { return }
        done = 0
        learn.progress?.start(
            "epoch \(learn.epoch + 1)/\(learn.epochCount)", total: learn.trainBatches.count + learn.validBatches.count)
    }

    public override func afterBatch() throws {
        done += 1
        learn?.progress?.update(done)
    }
}
