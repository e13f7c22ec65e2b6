import Tensors

/// An optimizer (PyTorch's `torch.optim.Optimizer`, fast.ai's `Optimizer`): it holds the parameters a model trains
/// and the hyper-parameters, and each `step()` updates the parameters from their gradients. Subclasses override
/// `step()` (as `SGD` and `Adam` do); `zeroGrad()` forgets the gradients, as PyTorch does, by setting them to `nil`.
///
/// The hyper-parameters that fast.ai's schedules change are `lr` and `mom` (an optimizer without momentum ignores
/// `mom`); `wd` is the weight decay, which a `Learner` leaves out for biases and batch-norm parameters
/// (``excludeFromWeightDecay(_:)``).
///
/// ```swift
/// final class HalfStep: Optimizer {
///     override func step() throws {
///         try noGrad { for p in params { if let g = p.grad { try p.data.updateInPlace(.subtract, .tensor(g * (lr / 2))) } } }
///     }
/// }
/// ```
open class Optimizer {
    /// The tensors updated by `step()` (`params`, as fast.ai names them).
    public var params: [Tensor]
    /// The learning rate.
    public var lr: Double
    /// The momentum (fast.ai's `mom`; Adam's first beta): what a one-cycle schedule moves between 0.95 and 0.85.
    public var mom: Double
    /// The weight decay: each step first scales a parameter by `1 - lr * wd` (decoupled, as fast.ai's default).
    public var wd: Double
    /// What the optimizer keeps per parameter between steps (moving averages, step counts), by parameter.
    public var state: [ObjectIdentifier: ParameterState] = [:]
    /// The parameters weight decay leaves alone.
    private var withoutWeightDecay: Set<ObjectIdentifier> = []

    /// An optimizer for `params` with learning rate `lr`, momentum `mom` and weight decay `wd`.
    public init(_ params: [Tensor], lr: Double, mom: Double = 0, wd: Double = 0) {
        self.params = params
        self.lr = lr
        self.mom = mom
        self.wd = wd
    }

    /// Updates the parameters from their gradients; a subclass says how.
    open func step() throws {
        throw OptimizerError("\(String(describing: type(of: self))).step() is not implemented: a subclass overrides it")
    }

    /// Forgets the gradients (`zero_grad()`: PyTorch sets them to `None`).
    open func zeroGrad() throws {
        for parameter in params { parameter.grad = nil }
    }

    /// Leaves `tensors` out of weight decay (fast.ai's `do_wd = False`, which a `Learner` sets for biases and
    /// batch-norm parameters).
    ///
    /// ```swift
    /// opt.excludeFromWeightDecay(model.parameters().filter { $0.ndim == 1 })
    /// ```
    public func excludeFromWeightDecay(_ tensors: [Tensor]) {
        withoutWeightDecay.formUnion(tensors.map(ObjectIdentifier.init))
    }

    /// fast.ai's decoupled weight decay: `p.data *= 1 - lr * wd`, unless `p` is excluded or `wd` is 0.
    public func decayWeight(of parameter: Tensor) throws {
        guard wd != 0, !withoutWeightDecay.contains(ObjectIdentifier(parameter)) else { return }
        try parameter.data.updateInPlace(.multiply, .scalar(.double(1 - lr * wd)))
    }

    /// The frame of a step, outside autograd: for every parameter that has a gradient, the weight decay, then
    /// `update(parameter, gradient, state)` with the parameter's state, which it may change.
    ///
    /// ```swift
    /// try stepEach { p, g, _ in try p.data.updateInPlace(.subtract, .tensor(g * lr)) }
    /// ```
    public func stepEach(_ update: (Tensor, Tensor, inout ParameterState) throws -> Void) throws {
        try noGrad {
            for parameter in params {
                guard let gradient = parameter.grad else { continue }
                try decayWeight(of: parameter)
                let key = ObjectIdentifier(parameter)
                var record = state[key] ?? ParameterState()
                try update(parameter, gradient, &record)
                state[key] = record
            }
        }
    }

    /// The hyper-parameters and a copy of the per-parameter state, to come back to with ``restore(_:)``.
    public func snapshot() throws -> Snapshot {
        Snapshot(
            lr: lr, mom: mom, wd: wd,
            state: try state.mapValues { try $0.copy() })
    }

    /// Puts back the hyper-parameters and state of `snapshot` (fast.ai's `load(with_opt=True)`).
    public func restore(_ snapshot: Snapshot) {
        (lr, mom, wd, state) = (snapshot.lr, snapshot.mom, snapshot.wd, snapshot.state)
    }

    /// An optimizer's hyper-parameters and state at one moment.
    public struct Snapshot {
        let lr: Double
        let mom: Double
        let wd: Double
        let state: [ObjectIdentifier: ParameterState]
    }
}

/// What an optimizer keeps for one parameter: fast.ai's `grad_avg`, `sqr_avg` and `step`.
public struct ParameterState {
    /// The moving average of the gradients (momentum).
    public var gradAverage: Tensor?
    /// The moving average of the squared gradients (Adam).
    public var squareAverage: Tensor?
    /// The number of steps taken.
    public var step = 0

    /// An empty state.
    public init() {}

    /// A state with copies of the averages.
    func copy() throws -> ParameterState {
        var copy = self
        copy.gradAverage = try gradAverage?.clone()
        copy.squareAverage = try squareAverage?.clone()
        return copy
    }
}

/// An optimizer used in a way it does not support, such as stepping the base class.
public struct OptimizerError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
