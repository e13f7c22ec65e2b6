/// Where long work (the epochs of ``Learner/fit(_:lr:progress:report:)``, large loads: `loadImages`, `loadMNIST`)
/// says how far it has got, so that a front end can draw a progress bar.
///
/// The library only reports; whoever passes a reporter decides what to show, and where (`lesson run` draws a bar
/// on stderr when it is a terminal). Work reports `start`, then `update` as its steps complete, then `finish`
/// once, also when it fails. Reporting is cheap enough to happen at every step: a reporter throttles what it draws.
///
/// ```swift
/// final class Steps: ProgressReporter {
///     var log: [String] = []
///     func start(_ label: String, total: Int) { log.append("\(label): 0/\(total)") }
///     func update(_ completed: Int) { log.append("\(completed)") }
///     func finish() { log.append("done") }
/// }
/// try learn.fit(2, lr: 0.1, progress: Steps())   // "epoch 1/2: 0/60", "1", ... "60", "epoch 2/2: 0/60", ... "done"
/// ```
public protocol ProgressReporter: AnyObject {
    /// Work named `label` (`epoch 3/10`, `loading train/3`) of `total` steps starts, none of them done yet. It
    /// replaces the work under way, if any: a fit starts each epoch in turn and finishes once at the end.
    func start(_ label: String, total: Int)

    /// `completed` of the current work's steps are done.
    func update(_ completed: Int)

    /// The work is over, done or failed: whatever showed it goes away.
    func finish()
}
