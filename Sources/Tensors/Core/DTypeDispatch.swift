/// A computation generic over the element type, run by `DType.dispatch(_:)` for a dtype known only at run time.
protocol ElementTypeVisitor {
    associatedtype Output
    associatedtype Failure: Error = Never
    func visit<T: TensorScalar>(_ type: T.Type) throws(Failure) -> Output
}

extension DType {
    /// Runs `visitor` with the Swift type that stores this dtype.
    func dispatch<V: ElementTypeVisitor>(_ visitor: V) throws(V.Failure) -> V.Output {
        switch self {
        case .bool: try visitor.visit(Bool.self)
        case .uint8: try visitor.visit(UInt8.self)
        case .int32: try visitor.visit(Int32.self)
        case .int64: try visitor.visit(Int64.self)
        case .float32: try visitor.visit(Float.self)
        case .float64: try visitor.visit(Double.self)
        }
    }
}
