// Callbacks with default implementations in a protocol extension, called by a small learner.
protocol Callback: AnyObject {
    var order: Int { get }
    func beforeFit(_ learner: Learner)
    func afterBatch(_ learner: Learner)
    func afterEpoch(_ learner: Learner)
}

extension Callback {
    var order: Int { 0 }
    func beforeFit(_ learner: Learner) {}
    func afterBatch(_ learner: Learner) {}
    func afterEpoch(_ learner: Learner) {}
}

final class Learner {
    var epoch = 0
    var losses: [Double] = []
    var training = true
    let callbacks: [any Callback]
    init(callbacks: [any Callback]) {
        self.callbacks = callbacks.sorted { $0.order < $1.order }
    }
    func fit(epochs: Int, batches: Int) {
        callbacks.forEach { $0.beforeFit(self) }
        for e in 0..<epochs {
            epoch = e
            for b in 0..<batches {
                losses.append(1.0 / Double(e * batches + b + 1))
                for cb in callbacks { cb.afterBatch(self) }
            }
            for cb in callbacks { cb.afterEpoch(self) }
            if !training { break }
        }
    }
}

class Recorder: Callback {
    var seen = 0
    func afterBatch(_ learner: Learner) { seen += 1 }
}

class Printer: Callback {
    var order: Int { 10 }
    func afterEpoch(_ learner: Learner) {
        let last = learner.losses.last ?? .nan
        print("epoch \(learner.epoch): loss \(last)")
    }
}

class EarlyStop: Callback {
    let patience: Double
    init(below patience: Double) { self.patience = patience }
    var order: Int { -1 }
    func beforeFit(_ learner: Learner) { print("fitting with early stop below \(patience)") }
    func afterEpoch(_ learner: Learner) {
        if let last = learner.losses.last, last < patience {
            learner.training = false
            print("stop at epoch", learner.epoch)
        }
    }
}

let recorder = Recorder()
let learner = Learner(callbacks: [Printer(), recorder, EarlyStop(below: 0.1)])
learner.fit(epochs: 5, batches: 4)
print(recorder.seen, learner.losses.count, learner.training)
print(learner.callbacks.map { $0.order })
print(learner.callbacks.map { "\(type(of: $0))" }.joined(separator: ", "))
