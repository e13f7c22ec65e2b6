import Tensors

/// A function a module calls after each forward pass with itself, its input and its output (PyTorch's
/// `register_forward_hook`); fast.ai's `ActivationStats` and `summary()` watch a model's layers this way.
public typealias ForwardHook = (Module, Tensor, Tensor) throws -> Void

extension Module {
    /// Calls `hook` after every `callAsFunction` of this module until the returned handle removes it. Calling
    /// `forward(_:)` directly runs no hooks, as in PyTorch.
    ///
    /// ```swift
    /// let handle = conv.registerForwardHook { _, _, output in print(output.shape) }
    /// _ = try model(batch)   // prints the convolution's output shape
    /// handle.remove()
    /// ```
    public func registerForwardHook(_ hook: @escaping ForwardHook) -> ForwardHookHandle {
        let number = nextHookNumber
        nextHookNumber += 1
        forwardHooks.append((number, hook))
        return ForwardHookHandle(module: self, number: number)
    }
}

/// What removes a forward hook (PyTorch's `RemovableHandle`).
public final class ForwardHookHandle {
    private weak var module: Module?
    private let number: Int

    init(module: Module, number: Int) {
        self.module = module
        self.number = number
    }

    /// Stops the hook; removing it again does nothing.
    public func remove() {
        module?.forwardHooks.removeAll { $0.number == number }
    }
}
