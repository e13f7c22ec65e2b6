import Tensors

/// A layer or a model (PyTorch's `nn.Module`): it holds parameters, buffers and submodules, and computes an output
/// from an input. A module is called like a function.
///
/// Subclasses override `forward(_:)`, and what they hold: `ownParameters`, `ownBuffers`, `namedChildren`;
/// `parameters()`, `children()`, `train()`, `eval()` and the printed form follow from those, in PyTorch's order and
/// format. A module starts in training mode.
///
/// ```swift
/// let model = try Sequential(Linear(784, 30), ReLU(), Linear(30, 1))
/// let predictions = try model(batch)   // [256, 1]
/// model.eval()                         // and every submodule
/// ```
open class Module: CustomStringConvertible {
    /// Whether the module computes as in training (`model.training`): batch norm uses the batch's statistics
    /// and updates its running ones. `train()` and `eval()` set it here and in every submodule.
    public private(set) var training = true
    /// The functions `callAsFunction` calls with each output, by registration number (PyTorch's forward hooks).
    var forwardHooks: [(number: Int, hook: ForwardHook)] = []
    /// The number the next registered hook gets.
    var nextHookNumber = 0

    /// A module without parameters.
    public init() {}

    /// The output for `input`.
    open func forward(_ input: Tensor) throws -> Tensor { input }

    /// The parameters this module holds itself, not its submodules' (PyTorch's `_parameters`), with their names,
    /// in the order it registers them (for `Linear`: `weight`, then `bias`).
    open var ownParameters: [(name: String, tensor: Tensor)] { [] }

    /// The buffers this module holds itself, with their names: state kept with the model that an optimizer does
    /// not train (batch norm's `running_mean`, `running_var`, `num_batches_tracked`).
    open var ownBuffers: [(name: String, tensor: Tensor)] { [] }

    /// The submodules with their names, in registration order: `"0"`, `"1"`... for `Sequential`.
    open var namedChildren: [(name: String, module: Module)] { [] }

    /// The class name PyTorch prints: `Conv2d`.
    open var typeName: String { String(describing: type(of: self)) }

    /// The settings printed between the parentheses (PyTorch's `extra_repr`): `in_features=784, out_features=1,
    /// bias=True`.
    open var extraDescription: String { "" }

    /// The direct submodules (`children()`), each once: a module registered twice is one child.
    public func children() -> [Module] {
        var seen: Set<ObjectIdentifier> = []
        return namedChildren.map(\.module).filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    /// Every parameter of this module and its submodules, each once, in PyTorch's order: a module's own
    /// parameters, then each child's, depth first.
    public func parameters() -> [Tensor] { namedParameters().map(\.tensor) }

    /// `parameters()` with PyTorch's dotted names (`named_parameters()`): `0.weight`, `0.bias`, `2.weight`...
    public func namedParameters() -> [(name: String, tensor: Tensor)] { collect(\.ownParameters) }

    /// Every buffer of this module and its submodules, each once, in the order of `parameters()`.
    public func buffers() -> [Tensor] { namedBuffers().map(\.tensor) }

    /// `buffers()` with their dotted names (`named_buffers()`): `1.running_mean`...
    public func namedBuffers() -> [(name: String, tensor: Tensor)] { collect(\.ownBuffers) }

    /// This module and every module under it, each once, depth first (PyTorch's `modules()`).
    public func modules() -> [Module] { namedModules().map(\.module) }

    /// `modules()` with their dotted paths (`named_modules()`): `""` for this module, then `0`, `0.0`, `0.1`...
    public func namedModules() -> [(name: String, module: Module)] {
        var seen: Set<ObjectIdentifier> = []
        var order: [(name: String, module: Module)] = []
        // Iterative, so that a deep chain of modules cannot overflow the stack.
        var pending: [(name: String, module: Module)] = [("", self)]
        while let (name, module) = pending.popLast() {
            guard seen.insert(ObjectIdentifier(module)).inserted else { continue }
            order.append((name, module))
            let children = module.namedChildren.map { (name.isEmpty ? $0.name : name + "." + $0.name, $0.module) }
            pending.append(contentsOf: children.reversed())
        }
        return order
    }

    /// The tensors `own` gives for every module, named by the module's path, each tensor once.
    private func collect(
        _ own: (Module) -> [(name: String, tensor: Tensor)]
    ) -> [(name: String, tensor: Tensor)] {
        var seen: Set<ObjectIdentifier> = []
        return namedModules().flatMap { path, module in
            own(module).compactMap { name, tensor in
                guard seen.insert(ObjectIdentifier(tensor)).inserted else { return nil }
                return (path.isEmpty ? name : path + "." + name, tensor)
            }
        }
    }

    /// Puts this module and every submodule in training mode (`mode: true`) or evaluation mode, and returns it.
    @discardableResult
    public func train(_ mode: Bool = true) -> Self {
        for module in modules() { module.training = mode }
        return self
    }

    /// Puts this module and every submodule in evaluation mode (`train(false)`), and returns it.
    @discardableResult
    public func eval() -> Self { train(false) }

    /// PyTorch's printed form: `Linear(in_features=784, out_features=1, bias=True)`, or for a module with
    /// submodules one indented `(name): child` line each.
    open var description: String {
        let childLines = namedChildren.map { name, module in
            "(\(name)): " + module.description.replacingOccurrences(of: "\n", with: "\n  ")
        }
        let extraLines = extraDescription.isEmpty ? [] : extraDescription.components(separatedBy: "\n")
        let lines = extraLines + childLines
        if lines.isEmpty { return typeName + "()" }
        if extraLines.count == 1 && childLines.isEmpty { return typeName + "(" + extraLines[0] + ")" }
        return typeName + "(\n  " + lines.joined(separator: "\n  ") + "\n)"
    }

    /// Calls `forward(_:)`, then the forward hooks with the input and output: `model(x)`.
    public func callAsFunction(_ input: Tensor) throws -> Tensor {
        let output = try forward(input)
        for (_, hook) in forwardHooks { try hook(self, input, output) }
        return output
    }
}
