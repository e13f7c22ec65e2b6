import LessonScript
import Tensors

/// The library that lesson cells call, bound into the interpreter: the tensor engine (`Tensors`) with PyTorch's
/// names in Swift spellings (tensor-api.md).
///
/// This target sits between the interpreter and the libraries so that neither knows the other: `LessonScript`
/// interprets Swift and offers a binding table; `Tensors` is a plain Swift library; the registrations here
/// connect them, one file per area.
///
/// ```swift
/// let session = ScriptSession(bindings: LessonLibrary.bindings())
/// session.run("tensor([[1, 2, 3], [4, 5, 6]])", origin: origin).valueText
/// // tensor([[1, 2, 3],
/// //         [4, 5, 6]])
/// ```
public enum LessonLibrary {
    /// A session for one lesson: the library bound, and one tensor context (generator seeded with `seed`, print
    /// options, grad mode) shared by all its cells and by no other lesson.
    ///
    /// ```swift
    /// let session = LessonLibrary.session(seed: 42)
    /// ```
    public static func session(
        seed: Int = 0, printOptions: PrintOptions = PrintOptions(),
        options: ScriptSession.Options = ScriptSession.Options()
    ) -> ScriptSession {
        let context = TensorContext()
        context.generator = Generator(seed: UInt64(bitPattern: Int64(seed)))
        context.printOptions = printOptions
        return ScriptSession(bindings: bindings(), options: options) { TensorContext.current = context }
    }

    /// A binding table with every library function, type and operator registered.
    public static func bindings() -> BindingTable {
        let table = BindingTable()
        registerLearningData(in: table)
        registerTensorType(in: table)
        registerTensorOperators(in: table)
        registerTensorMethods(in: table)
        registerTensorCreation(in: table)
        registerTensorFunctions(in: table)
        registerDisplay(in: table)
        registerModules(in: table)
        registerOptimizers(in: table)
        registerLosses(in: table)
        registerDataLoaders(in: table)
        registerLearner(in: table)
        return table
    }
}
