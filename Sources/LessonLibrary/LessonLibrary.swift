import Learning
import LessonScript

/// The library that lesson cells call, bound into the interpreter: the tensor engine (`Tensors`) with PyTorch's
/// names in Swift spellings (docs/library.md).
///
/// This target sits between the interpreter and the libraries so that neither knows the other: `LessonScript`
/// interprets Swift and offers a binding table; `Tensors` is a plain Swift library; the registrations here
/// connect them, one file per area.
///
/// ```swift
/// let lesson = LessonLibrary.makeLesson(seed: 42)
/// lesson.session.run("tensor([[1, 2, 3], [4, 5, 6]])", origin: origin).valueText
/// // tensor([[1, 2, 3],
/// //         [4, 5, 6]])
/// ```
public enum LessonLibrary {
    /// A binding table with every library function, type and operator registered; `untarData` looks for data
    /// sets in `data` (by default `$LESSON_DATA`, then the project's sample), training and large loads report how
    /// far they have got to `progress`.
    ///
    /// ```swift
    /// let session = ScriptSession(bindings: LessonLibrary.bindings())
    /// let other = ScriptSession(bindings: LessonLibrary.bindings(data: DataLocations(dataDirectory: "/datasets")))
    /// ```
    public static func bindings(
        data: DataLocations = .standard, progress: (any ProgressReporter)? = nil
    ) -> BindingTable {
        let table = BindingTable()
        registerLearningData(in: table, locations: data, progress: progress)
        registerTensorType(in: table)
        registerTensorOperators(in: table)
        registerTensorMethods(in: table)
        registerTensorCreation(in: table)
        registerTensorFunctions(in: table)
        registerConvolutions(in: table)
        registerDisplay(in: table)
        registerModules(in: table)
        registerConvolutionModules(in: table)
        registerOptimizers(in: table)
        registerLosses(in: table)
        registerAutograd(in: table)
        registerDataLoaders(in: table)
        registerLearner(in: table, progress: progress)
        registerCellSubclasses(in: table)
        return table
    }
}
