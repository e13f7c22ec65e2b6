/// The element type of a tensor, with PyTorch's names.
///
/// ```swift
/// let t = tensor([1, 2, 3])
/// t.dtype            // .int64, displayed as `torch.int64`
/// t.float().dtype    // .float32
/// ```
public enum DType: Int, Sendable, CaseIterable, CustomStringConvertible {
    case bool, uint8, int32, int64, float32, float64

    /// Bytes per element.
    public var itemSize: Int {
        switch self {
        case .bool, .uint8: 1
        case .int32, .float32: 4
        case .int64, .float64: 8
        }
    }

    /// Whether the type holds floating-point values.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// Whether the type holds integers (`bool` is not one).
    public var isInteger: Bool { self == .uint8 || self == .int32 || self == .int64 }

    /// PyTorch's spelling: `torch.float32`.
    public var description: String { "torch.\(name)" }

    /// The bare name: `float32`.
    public var name: String {
        switch self {
        case .bool: "bool"
        case .uint8: "uint8"
        case .int32: "int32"
        case .int64: "int64"
        case .float32: "float32"
        case .float64: "float64"
        }
    }

    /// The legacy type name that `Tensor.type()` returns: `torch.FloatTensor`.
    public var legacyTypeName: String {
        switch self {
        case .bool: "torch.BoolTensor"
        case .uint8: "torch.ByteTensor"
        case .int32: "torch.IntTensor"
        case .int64: "torch.LongTensor"
        case .float32: "torch.FloatTensor"
        case .float64: "torch.DoubleTensor"
        }
    }

    /// PyTorch's short name used in error messages: `Float`, `Long`, `Byte`.
    var scalarTypeName: String {
        switch self {
        case .bool: "Bool"
        case .uint8: "Byte"
        case .int32: "Int"
        case .int64: "Long"
        case .float32: "Float"
        case .float64: "Double"
        }
    }

    /// The C++ type name PyTorch uses in some dtype messages: `float`, `long int`.
    var cTypeName: String {
        switch self {
        case .bool: "bool"
        case .uint8: "unsigned char"
        case .int32: "int"
        case .int64: "long int"
        case .float32: "float"
        case .float64: "double"
        }
    }

    /// The category used by type promotion: bool < integer < floating point.
    var category: Int {
        switch self {
        case .bool: 0
        case .uint8, .int32, .int64: 1
        case .float32, .float64: 2
        }
    }
}
