import Learning
import LessonScript
import Tensors

/// Cells' own models, optimizers and callbacks: `final class SimpleNet: Module`, `class HalfStep: Optimizer`,
/// `class LossPrinter: Callback`. Each is made as an object of a library subclass (below) that holds the cell's
/// part and forwards the overridable methods to it, so the library (`Sequential`, `Learner`) uses it as any
/// module, optimizer or callback.
func registerCellSubclasses(in table: BindingTable) {
    table.allowSubclasses(of: Module.self, bridge: CellModule.self, overridable: ["forward(_:)"])
    table.type(Module.self, name: "Module").subclassInitializer("init()") { script, _ in CellModule(script) }

    table.allowSubclasses(of: Optimizer.self, bridge: CellOptimizer.self, overridable: ["step()", "zeroGrad()"])
    table.type(Optimizer.self, name: "Optimizer").subclassInitializer("init(_:lr:)") { script, call in
        CellOptimizer(
            script, params: try call.value(0).asArray().map { try $0.asTensor() }, lr: try call.value(1).asDouble())
    }

    table.allowSubclasses(
        of: Callback.self, bridge: CellCallback.self, overridable: CellCallback.events.map { $0 + "()" })
    table.type(Callback.self, name: "Callback").subclassInitializer("init()") { script, _ in CellCallback(script) }
}

/// The class name a cell gave an object it made, or the library class's name.
func className(of object: AnyObject) -> String {
    (object as? any ScriptedObject)?.script.className ?? String(describing: type(of: object))
}

/// A module declared in a cell: `forward` is the cell's; its stored properties that hold modules are its
/// children and those that hold `Parameter`s its parameters, registered in declaration order as PyTorch registers
/// attributes; it prints as PyTorch prints a custom module, under the cell's class name.
final class CellModule: Module, ScriptedObject {
    let script: ObjectInstance

    init(_ script: ObjectInstance) {
        self.script = script
    }

    override func forward(_ input: Tensor) throws -> Tensor {
        guard script.overrides("forward") else { return try super.forward(input) }
        return try script.callMethod("forward", on: self, [.native(input)]).asTensor()
    }

    override var ownParameters: [(name: String, tensor: Tensor)] {
        script.storedProperties.compactMap { name, value in
            guard let tensor = value.libraryObject as? Tensor, tensor.isParameter else { return nil }
            return (name, tensor)
        }
    }

    override var namedChildren: [(name: String, module: Module)] {
        script.storedProperties.compactMap { name, value in
            (value.libraryObject as? Module).map { (name, $0) }
        }
    }

    override var typeName: String { script.className }
}

/// An optimizer declared in a cell: its `step()` (and `zeroGrad()`, when it overrides it) are the cell's.
final class CellOptimizer: Optimizer, ScriptedObject {
    let script: ObjectInstance

    init(_ script: ObjectInstance, params: [Tensor], lr: Double) {
        self.script = script
        super.init(params, lr: lr)
    }

    override func step() throws {
        guard script.overrides("step") else { return try super.step() }
        _ = try script.callMethod("step", on: self, [])
    }

    override func zeroGrad() throws {
        guard script.overrides("zeroGrad") else { return try super.zeroGrad() }
        _ = try script.callMethod("zeroGrad", on: self, [])
    }
}

/// A fast.ai callback declared in a cell: the events it overrides are the cell's.
final class CellCallback: Callback, ScriptedObject {
    /// The events a cell callback may override.
    static let events = [
        "beforeFit", "beforeEpoch", "beforeTrain", "beforeBatch", "afterPred", "afterLoss", "afterBatch",
        "afterTrain", "beforeValidate", "afterValidate", "afterEpoch", "afterFit",
    ]

    let script: ObjectInstance

    init(_ script: ObjectInstance) {
        self.script = script
    }

    override var typeName: String { script.className }

    private func send(_ event: String) throws {
        if script.overrides(event) { _ = try script.callMethod(event, on: self, []) }
    }

    override func beforeFit() throws { try send("beforeFit") }
    override func beforeEpoch() throws { try send("beforeEpoch") }
    override func beforeTrain() throws { try send("beforeTrain") }
    override func beforeBatch() throws { try send("beforeBatch") }
    override func afterPred() throws { try send("afterPred") }
    override func afterLoss() throws { try send("afterLoss") }
    override func afterBatch() throws { try send("afterBatch") }
    override func afterTrain() throws { try send("afterTrain") }
    override func beforeValidate() throws { try send("beforeValidate") }
    override func afterValidate() throws { try send("afterValidate") }
    override func afterEpoch() throws { try send("afterEpoch") }
    override func afterFit() throws { try send("afterFit") }
}

extension Value {
    /// The library object a stored property holds, directly or in an optional.
    fileprivate var libraryObject: AnyObject? {
        switch self {
        case .native(let object): object
        case .optional(let wrapped?): wrapped.libraryObject
        default: nil
        }
    }
}
