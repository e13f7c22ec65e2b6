import Foundation
import Tensors

/// One case of `print_goldens.json`, written by `make_print_goldens.py` from real PyTorch: how to build a tensor and
/// the `repr` PyTorch printed for it.
struct PrintGolden: Decodable, Sendable, CustomStringConvertible {
    /// A short unique name.
    let name: String
    /// The Python expression PyTorch evaluated.
    let python: String
    /// The base tensor.
    let tensor: TensorSpec
    /// Whether the base tensor requires grad.
    let requiresGrad: Bool
    /// Operations applied to the base tensor, in order.
    let ops: [Operation]
    /// The print options.
    let options: Options
    /// `repr(t)` from PyTorch.
    let repr: String

    var description: String { name }

    /// Every case, loaded once from the JSON file beside this source file.
    static let all: [PrintGolden] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "print_goldens.json")
        struct Document: Decodable { let cases: [PrintGolden] }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try! decoder.decode(Document.self, from: Data(contentsOf: url)).cases
    }()

    /// Builds the tensor the way a lesson would: from exact values, then the recorded operations.
    func makeTensor() throws -> Tensor {
        var result = try tensor.make()
        if requiresGrad { try result.requiresGrad() }
        for operation in ops { result = try operation.apply(to: result) }
        return result
    }

    /// PyTorch's print options of the case.
    var printOptions: PrintOptions {
        var printOptions = PrintOptions()
        printOptions.precision = options.precision
        printOptions.threshold = options.threshold
        printOptions.edgeItems = options.edgeitems
        printOptions.lineWidth = options.linewidth
        printOptions.scientificMode = options.sciMode
        return printOptions
    }

    /// `torch.set_printoptions` arguments.
    struct Options: Decodable, Sendable {
        let precision: Int
        let threshold: Int
        let edgeitems: Int
        let linewidth: Int
        let sciMode: Bool?
    }
}

extension PrintGolden {
    /// A tensor given by its shape, dtype and either its exact flat values or a formula for large tensors.
    struct TensorSpec: Decodable, Sendable {
        let shape: [Int]
        let dtype: DType
        let values: Values?
        let pattern: Pattern?

        /// Flat values: floating-point ones as exact decimal strings (`"nan"`, `"-inf"` too).
        enum Values: Sendable {
            case floatingPoint([Double])
            case integers([Int])
            case booleans([Bool])
        }

        /// Element `i` is `((i * multiplier + offset) % modulus) * scale + shift`, in int64 then float64.
        struct Pattern: Decodable, Sendable {
            let multiplier: Int
            let offset: Int
            let modulus: Int
            let scale: String
            let shift: String
        }

        private enum CodingKeys: String, CodingKey { case shape, dtype, values, pattern }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            shape = try container.decode([Int].self, forKey: .shape)
            let name = try container.decode(String.self, forKey: .dtype)
            dtype = DType.allCases.first { $0.name == name }!
            pattern = try container.decodeIfPresent(Pattern.self, forKey: .pattern)
            if !container.contains(.values) {
                values = nil
            } else if dtype.isFloatingPoint {
                values = .floatingPoint(try container.decode([String].self, forKey: .values).map { Double($0)! })
            } else if dtype == .bool {
                values = .booleans(try container.decode([Bool].self, forKey: .values))
            } else {
                values = .integers(try container.decode([Int].self, forKey: .values))
            }
        }

        func make() throws -> Tensor {
            if let pattern {
                let count = shape.reduce(1, *)
                let indices = try (arange(.int(count)) * pattern.multiplier + pattern.offset) % pattern.modulus
                let values = try indices.to(.float64) * Double(pattern.scale)! + Double(pattern.shift)!
                return try values.to(dtype).view(shape)
            }
            if shape.contains(0) { return try zeros(shape, dtype: dtype) }
            let flat: Tensor
            switch values! {
            case .floatingPoint(let doubles): flat = try Tensors.tensor(doubles, dtype: dtype)
            case .integers(let integers): flat = try Tensors.tensor(integers, dtype: dtype)
            case .booleans(let booleans): flat = try Tensors.tensor(booleans)
            }
            return try flat.view(shape)
        }
    }

    /// One operation of a case, named as in `make_print_goldens.py`.
    struct Operation: Decodable, Sendable {
        let op: String
        let other: TensorSpec?
        let exponent: Int?
        let scalar: Double?
        let shape: [Int]?
        let dtype: String?
        let indices: [IndexEntry]?

        /// An `index` entry: one position or a `[start, end, step]` slice.
        enum IndexEntry: Decodable, Sendable {
            case position(Int)
            case slice([Int])

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let position = try? container.decode(Int.self) {
                    self = .position(position)
                } else {
                    self = .slice(try container.decode([Int].self))
                }
            }

            var tensorIndex: TensorIndex {
                switch self {
                case .position(let position): .index(position)
                case .slice(let bounds): .slice(start: bounds[0], end: bounds[1], step: bounds[2])
                }
            }
        }

        func apply(to t: Tensor) throws -> Tensor {
            switch op {
            case "mean": return try t.mean()
            case "sum": return try t.sum()
            case "pow": return try t ** exponent!
            case "mul_scalar": return try t * scalar!
            case "add": return try t + other!.make()
            case "sub": return try t - other!.make()
            case "mul": return try t * other!.make()
            case "div": return try t / other!.make()
            case "mm": return try matmul(t, other!.make())
            case "sigmoid": return try t.sigmoid()
            case "relu": return try t.relu()
            case "exp": return try t.exp()
            case "view": return try t.view(shape!)
            case "t": return try t.t()
            case "expand": return try t.expand(shape!)
            case "to": return try t.to(DType.allCases.first { $0.name == dtype! }!)
            case "index": return try t.index(indices!.map(\.tensorIndex))
            default: throw TensorError(.invalidArgument, "unknown golden operation \(op)")
            }
        }
    }
}
