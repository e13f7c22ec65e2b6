import Foundation

@testable import Tensors

/// One case of `Golden/op_goldens.json`, written by `Golden/make_op_goldens.py` from PyTorch: the inputs, and
/// either the result (with its autograd state and, for gradient cases, the inputs' gradients) or the error.
struct OpGolden: Decodable {
    /// A tensor as the script writes it: shape, dtype name and flat row-major values.
    struct Values: Decodable {
        var shape: [Int]
        var dtype: String
        var values: [Number]
        var requiresGrad: Bool?
    }

    /// A JSON number (integers exact to 64 bits) or one of the strings "nan", "inf", "-inf".
    enum Number: Decodable, Equatable {
        case integer(Int64)
        case double(Double)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let integer = try? container.decode(Int64.self) {
                self = .integer(integer)
            } else if let double = try? container.decode(Double.self) {
                self = .double(double)
            } else {
                switch try container.decode(String.self) {
                case "nan": self = .double(.nan)
                case "inf": self = .double(.infinity)
                case "-inf": self = .double(-.infinity)
                case let other: throw DecodingError.dataCorruptedError(in: container, debugDescription: other)
                }
            }
        }

        var double: Double {
            switch self {
            case .integer(let value): Double(value)
            case .double(let value): value
            }
        }

        var int64: Int64 {
            switch self {
            case .integer(let value): value
            case .double(let value): Int64(value)
            }
        }
    }

    var inputs: [Values]
    var shape: [Int]?
    var dtype: String?
    var values: [Number]?
    var requiresGrad: Bool?
    var gradFn: String?
    var upstream: Values?
    var grads: [Values?]?
    var error: String?
    /// How an error message compares: "exact" (the default) or "suffix" (PyTorch's text ends with ours).
    var match: String?
    /// Whether the values must be bit-identical (creation and conversion cases).
    var exact: Bool?

    var result: Values? {
        guard let shape, let dtype, let values else { return nil }
        return Values(shape: shape, dtype: dtype, values: values)
    }
}

enum OpGoldens {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // OpGoldens
        .deletingLastPathComponent()  // TensorsTests
        .appendingPathComponent("Golden")

    /// Every case by name; empty when the file is missing (a test checks that it is not).
    static let all: [String: OpGolden] = {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent("op_goldens.json")) else { return [:] }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return (try? decoder.decode([String: OpGolden].self, from: data)) ?? [:]
    }()

    static var names: [String] { all.keys.sorted() }
}

extension DType {
    /// The dtype with PyTorch's bare name (`"float32"`).
    init?(name: String) {
        guard let dtype = DType.allCases.first(where: { $0.name == name }) else { return nil }
        self = dtype
    }
}

extension OpGolden.Values {
    /// A fresh contiguous tensor holding these values (a leaf that requires grad when the golden says so).
    func makeTensor() throws -> Tensor {
        guard let dtype = DType(name: dtype) else { throw TensorError(.invalidArgument, "unknown dtype \(dtype)") }
        let flat: Tensor
        switch dtype {
        case .bool: flat = try tensor(values.map { $0.int64 != 0 }, dtype: .bool)
        case .uint8, .int32, .int64: flat = try tensor(values.map { Int($0.int64) }, dtype: dtype)
        case .float32, .float64: flat = try tensor(values.map(\.double), dtype: dtype)
        }
        let shaped = shape == flat.shape ? flat : try flat.reshape(shape).clone()
        if requiresGrad == true { try shaped.requiresGrad() }
        return shaped
    }
}
