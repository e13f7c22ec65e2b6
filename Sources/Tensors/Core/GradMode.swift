/// Runs `body` with autograd recording switched off on this thread, as PyTorch's `with torch.no_grad():`.
///
/// ```swift
/// noGrad { p.data -= lr * p.grad! }
/// ```
public func noGrad<Result>(_ body: () throws -> Result) rethrows -> Result {
    let context = TensorContext.current
    let saved = context.isGradEnabled
    context.isGradEnabled = false
    defer { context.isGradEnabled = saved }
    return try body()
}
