import Learning

/// Where a lesson's long work (training epochs, large loads) says how far it has got: the library's neutral
/// protocol, named here so that a front end that draws it (`lesson run`'s bar on a terminal) needs only the runner.
///
/// ```swift
/// final class Dots: ProgressReporter {
///     func start(_ label: String, total: Int) { print(label, terminator: "") }
///     func update(_ completed: Int) { print(".", terminator: "") }
///     func finish() { print() }
/// }
/// let run = LessonRunner().run(input, progress: Dots())
/// ```
public typealias ProgressReporter = Learning.ProgressReporter
