import Foundation
import Learning
import Tensors
import Testing

/// `Golden/module_goldens.json`, written by `Golden/make_module_goldens.py` from PyTorch: what `torch.nn`'s
/// modules print, hold and compute (see the script for each section).
struct ModuleGoldens: Decodable {
    /// A tensor as the script writes it: shape and flat row-major values.
    struct Values: Decodable {
        var shape: [Int]
        var values: [Double]

        /// A float32 tensor of these values.
        func makeTensor() throws -> Tensor { try tensor(values).reshape(shape).clone() }
    }

    struct ModuleRecord: Decodable {
        var repr: String
        var parameters: [Entry]
        var buffers: [Entry]
        var children: Int
        var bound: Double?
    }

    /// A `[name, shape]` pair.
    struct Entry: Decodable {
        var name: String
        var shape: [Int]

        init(from decoder: any Decoder) throws {
            var container = try decoder.unkeyedContainer()
            name = try container.decode(String.self)
            shape = try container.decode([Int].self)
        }
    }

    struct ForwardRecord: Decodable {
        var parameters: [String: Values]
        var input: Values
        var output: Values
        var gradFn: String?
        var upstream: Values
        var inputGrad: Values
        var parameterGrads: [String: Values]
    }

    struct BatchNormStep: Decodable {
        var input: Values
        var output: Values
        var runningMean: Values?
        var runningVar: Values?
        var numBatchesTracked: Int?
    }

    struct BatchNormRecord: Decodable {
        var steps: [BatchNormStep]
        var evalInput: Values
        var evalOutput: Values
    }

    struct TrainingRecord: Decodable {
        var initial: [String: Values]
        var input: Values
        var targets: [Int]
        var lr: Double
        var losses: [Double]
        var firstGrads: [String: Values]
        var final: [String: Values]
        var buffers: [String: Values]
        var evalOutput: Values
    }

    var modules: [String: ModuleRecord]
    var forward: [String: ForwardRecord]
    var batchNorm: [String: BatchNormRecord]
    var training: TrainingRecord
    var errors: [String: String]

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Modules
        .deletingLastPathComponent()  // LearningTests
        .appendingPathComponent("Golden")

    /// The goldens (a test fails when the file is missing or does not decode).
    static let all: ModuleGoldens? = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("module_goldens.json")) else {
            return nil
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try? decoder.decode(ModuleGoldens.self, from: data)
    }()
}

/// Expects `actual` to hold `expected`'s shape and values, to `relative` (and an absolute 1e-5 near zero).
func expectClose(
    _ actual: Tensor?, _ expected: ModuleGoldens.Values?, relative: Double = 1e-4, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    guard let expected else {
        #expect(actual == nil, "\(what): PyTorch has none", sourceLocation: sourceLocation)
        return
    }
    let actual = try #require(actual, "\(what): missing", sourceLocation: sourceLocation)
    #expect(actual.shape == expected.shape, "\(what): shape", sourceLocation: sourceLocation)
    let values = try actual.doubleElements()
    let mismatches = zip(values, expected.values).enumerated().filter { _, pair in
        Swift.abs(pair.0 - pair.1) > relative * Swift.abs(pair.1) + 1e-5
    }
    #expect(
        mismatches.isEmpty,
        "\(what): \(mismatches.count) values differ, first \(mismatches.prefix(4).map { "[\($0.offset)] \($0.element)" })",
        sourceLocation: sourceLocation)
}

/// Copies the golden's values into the module's parameters, by PyTorch's names.
func load(_ values: [String: ModuleGoldens.Values], into module: Module) throws {
    let parameters = module.namedParameters()
    #expect(Set(parameters.map(\.name)) == Set(values.keys), "parameter names")
    for (name, parameter) in parameters {
        let source = try #require(values[name], "no golden values for \(name)")
        try parameter.data.copy(from: source.makeTensor())
    }
}
