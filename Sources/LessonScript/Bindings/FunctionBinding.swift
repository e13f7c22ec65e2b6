/// One registered function, method or initializer: a signature, an optional extra test on the arguments (to
/// choose among overloads with the same labels), and the body.
final class FunctionBinding {
    let signature: Signature
    let accepts: (([Value?]) -> Bool)?
    let body: (BindingCall) throws -> Value

    init(_ signature: Signature, accepts: (([Value?]) -> Bool)?, body: @escaping (BindingCall) throws -> Value) {
        self.signature = signature
        self.accepts = accepts
        self.body = body
    }

    /// The call's arguments arranged by parameter, or the label-mismatch error.
    func arrange(_ arguments: CallArguments) -> Result<[Value?], RuntimeError> {
        matchArguments(
            labels: arguments.labels, firstTrailingClosure: arguments.firstTrailingClosure, to: signature.shapes
        ).map { sources in
            sources.map { source -> Value? in
                switch source {
                case .argument(let index): arguments.values[index]
                case .variadic(let indices): .array(indices.map { arguments.values[$0] })
                case .omitted: nil
                }
            }
        }
    }
}

extension [FunctionBinding] {
    /// Calls the first overload whose labels and argument test accept the call; `nil` when none does, with the
    /// first mismatch's error in `failure`.
    func invoke(
        _ arguments: CallArguments, receiver: Value? = nil, runtime: Runtime, failure: inout RuntimeError?
    ) throws -> Value? {
        for binding in self {
            switch binding.arrange(arguments) {
            case .success(let arranged):
                if let accepts = binding.accepts, !accepts(arranged) {
                    if failure == nil {
                        let kinds = arguments.values.map(\.typeName).joined(separator: ", ")
                        failure = RuntimeError("no overload of '\(binding.signature.baseName)' accepts (\(kinds))")
                    }
                    continue
                }
                let call = BindingCall(
                    signature: binding.signature, arguments: arranged, runtime: runtime, receiverValue: receiver)
                return try binding.body(call)
            case .failure(let error):
                if failure == nil { failure = error }
            }
        }
        return nil
    }
}
