import Foundation
import Learning
import Tensors
import Testing

/// `Golden/fastai_goldens.json`, written by `Golden/make_fastai_goldens.py` from fast.ai 2.8 itself: its
/// schedules, optimizers, valley suggestion, activation statistics, summary, a one-cycle fit and an lr_find (see
/// the script for each section).
struct FastaiGoldens: Decodable {
    typealias Values = ModuleGoldens.Values

    struct CosineRecord: Decodable {
        var pct: Double
        var start: Double
        var middle: Double
        var end: Double
        var positions: [Double]
        var values: [Double]
    }

    struct ExponentialRecord: Decodable {
        var start: Double
        var end: Double
        var positions: [Double]
        var values: [Double]
    }

    struct Schedules: Decodable {
        var combinedCos: [CosineRecord]
        var exponential: ExponentialRecord
    }

    struct OptimizerStep: Decodable {
        var hypers: [String: Double]
        var weightGrad: Values
        var biasGrad: Values
        var weight: Values
        var bias: Values
    }

    struct OptimizerRecord: Decodable {
        var start: [String: Values]
        var steps: [OptimizerStep]
    }

    struct ValleyRecord: Decodable {
        var lrs: [Double]
        var losses: [Double]
        var suggestion: Double
        var point: [Double]
    }

    struct HookStats: Decodable {
        var activation: Values
        var mean: Double
        var std: Double
        var nearZero: Double
        var hist: Values
    }

    struct Summary: Decodable {
        var beforeFit: String
        var afterFit: String
    }

    struct LayerStats: Decodable {
        var mean: Double
        var std: Double
        var nearZero: Double
        var hist: [Double]
    }

    struct TrainingRecord: Decodable {
        var x: Values
        var y: [Int]
        var initial: [String: Values]
        var batchLosses: [Double]
        var smoothLosses: [Double]
        var lrs: [Double]
        var hps: [String: [Double]]
        var values: [[Double]]
        var iters: [Int]
        var metricNames: [String]
        var activationStats: [[LayerStats]]
        var final: [String: Values]
    }

    struct LRFindRecord: Decodable {
        var lrs: [Double]
        var losses: [Double]
        var valley: Double
        var repr: String
        var before: [String: Values]
        var after: [String: Values]
    }

    var schedules: Schedules
    var optimizers: [String: OptimizerRecord]
    var valley: [String: ValleyRecord]
    var hookStats: [String: HookStats]
    var summary: Summary
    var training: TrainingRecord
    var lrFind: LRFindRecord

    /// The goldens (a test fails when the file is missing or does not decode).
    static let all: FastaiGoldens? = {
        let url = ModuleGoldens.directory.appendingPathComponent("fastai_goldens.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(FastaiGoldens.self, from: data)
    }()
}

/// Whether `actual` is within `relative` of `expected` (and `absolute` near zero).
func isClose(_ actual: Double, _ expected: Double, relative: Double, absolute: Double = 1e-9) -> Bool {
    Swift.abs(actual - expected) <= relative * Swift.abs(expected) + absolute
}

/// Expects two series to have the same length and agree value by value.
func expectClose(
    _ actual: [Double], _ expected: [Double], relative: Double, absolute: Double = 1e-9, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(
        actual.count == expected.count, "\(what): \(actual.count) values, fast.ai \(expected.count)",
        sourceLocation: sourceLocation)
    let mismatches = zip(actual, expected).enumerated().filter {
        !isClose($0.element.0, $0.element.1, relative: relative, absolute: absolute)
    }
    #expect(
        mismatches.isEmpty,
        "\(what): \(mismatches.count) differ, first \(mismatches.prefix(3).map { "[\($0.offset)] \($0.element)" })",
        sourceLocation: sourceLocation)
}

/// The golden's state (parameters and buffers, by PyTorch's names) copied into `module`.
func loadState(_ values: [String: ModuleGoldens.Values], into module: Module) throws {
    let tensors = module.namedParameters() + module.namedBuffers()
    #expect(Set(tensors.map(\.name)) == Set(values.keys), "state names")
    for (name, tensor) in tensors {
        let source = try #require(values[name], "no golden values for \(name)")
        try noGrad { try tensor.copy(from: source.makeTensor()) }
    }
}
