import Testing

@testable import Learning
@testable import Tensors

/// fast.ai's schedules, optimizers, valley suggestion and activation records, against fast.ai's own numbers.
@Suite struct ScheduleAndOptimizerTests {
    @Test func oneCycleSchedulesMatchFastai() throws {
        let goldens = try #require(FastaiGoldens.all?.schedules)
        for record in goldens.combinedCos {
            let schedule = Schedule.combinedCosine(
                pct: record.pct, start: record.start, middle: record.middle, end: record.end)
            expectClose(
                record.positions.map { schedule($0) }, record.values, relative: 1e-12,
                "combined_cos(\(record.pct), \(record.start), \(record.middle), \(record.end))")
        }
        let sweep = goldens.exponential
        let exponential = Schedule.exponential(start: sweep.start, end: sweep.end)
        expectClose(sweep.positions.map { exponential($0) }, sweep.values, relative: 1e-12, "SchedExp")
    }

    @Test func theOneCycleShapeIsFastais() {
        let lr = Schedule.combinedCosine(pct: 0.25, start: 0.06 / 25, middle: 0.06, end: 0.06 / 1e5)
        #expect(isClose(lr(0), 0.0024, relative: 1e-12))
        #expect(isClose(lr(0.25), 0.06, relative: 1e-6))
        #expect(isClose(lr(1), 6e-7, relative: 1e-9))
        #expect(lr(0.1) < lr(0.2) && lr(0.5) > lr(0.75), "up, then down")
    }

    @Test(arguments: ["adam", "adam_options", "sgd_momentum", "sgd_plain"])
    func optimizerStepsMatchFastai(_ name: String) throws {
        let record = try #require(FastaiGoldens.all?.optimizers[name])
        let weight = try #require(record.start["weight"]).makeTensor().asParameter()
        let bias = try #require(record.start["bias"]).makeTensor().asParameter()
        let makers: [String: () -> Optimizer] = [
            "adam": { Adam([weight, bias], lr: 0.01) },
            "adam_options": { Adam([weight, bias], lr: 0.01, mom: 0.8, sqrMom: 0.9, eps: 1e-3, wd: 0.1) },
            "sgd_momentum": { SGD([weight, bias], lr: 0.1, mom: 0.9, wd: 0.01) },
            "sgd_plain": { SGD([weight, bias], lr: 0.1) },
        ]
        let make = try #require(makers[name])
        let optimizer = make()
        optimizer.excludeFromWeightDecay([bias])
        for (index, step) in record.steps.enumerated() {
            weight.grad = try step.weightGrad.makeTensor()
            bias.grad = try step.biasGrad.makeTensor()
            if let lr = step.hypers["lr"] { optimizer.lr = lr }
            if let mom = step.hypers["mom"] { optimizer.mom = mom }
            try optimizer.step()
            try expectClose(weight, step.weight, relative: 1e-5, "\(name) step \(index) weight")
            try expectClose(bias, step.bias, relative: 1e-5, "\(name) step \(index) bias")
            try optimizer.zeroGrad()
        }
    }

    @Test func snapshotsPutAnOptimizerBack() throws {
        let weight = try tensor([1.0, 2.0]).asParameter()
        let adam = Adam([weight], lr: 0.1)
        weight.grad = try tensor([0.5, -0.5])
        try adam.step()
        let snapshot = try adam.snapshot()
        let averageBefore = try #require(adam.state[ObjectIdentifier(weight)]?.gradAverage).doubleElements()
        adam.lr = 5
        try adam.step()
        #expect(adam.state[ObjectIdentifier(weight)]?.step == 2)
        adam.restore(snapshot)
        #expect(adam.lr == 0.1)
        #expect(adam.state[ObjectIdentifier(weight)]?.step == 1)
        #expect(try adam.state[ObjectIdentifier(weight)]?.gradAverage?.doubleElements() == averageBefore)
    }

    @Test(arguments: ["bowl", "falling", "noisy", "flat"])
    func valleyMatchesFastai(_ name: String) throws {
        let record = try #require(FastaiGoldens.all?.valley[name])
        let point = valleySuggestion(lrs: record.lrs.map { Float($0) }, losses: record.losses.map { Float($0) })
        #expect(Double(point.lr) == record.suggestion)
        #expect([Double(point.lr), Double(point.loss)] == record.point)
    }

    @Test func valleyOfAShortFallIndexesFromTheEndAsPython() {
        // The longest falling run is the whole of [2, 1]: it starts "before" the first item, and fast.ai's index
        // of -1 is the last learning rate.
        let point = valleySuggestion(lrs: [1, 2, 3], losses: [2, 1, 1])
        #expect(point.lr == 3)
    }

    @Test(arguments: ["uniform", "positive", "edges"])
    func activationRecordsMatchFastai(_ name: String) throws {
        let golden = try #require(FastaiGoldens.all?.hookStats[name])
        let record = try ActivationStats.Record(of: golden.activation.makeTensor(), withHist: true)
        #expect(isClose(record.mean, golden.mean, relative: 1e-6, absolute: 1e-7))
        #expect(isClose(record.std, golden.std, relative: 1e-6))
        #expect(record.nearZero == golden.nearZero)
        #expect(record.hist == golden.hist.values)
    }
}
