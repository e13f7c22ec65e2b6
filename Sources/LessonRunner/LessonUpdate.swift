import LessonDocument

/// A lesson's file with its output blocks set to a run's outputs, which is what `lesson update` writes.
///
/// Every cell that ran gets its new output (no output: no block); `no-run` cells keep their blocks; `no-check`
/// cells are refreshed too. A cell that failed (an error without `expect-error`, or no error with it) keeps its
/// block, so that an unexpected error never replaces a good recorded output, unless the update is forced. Only
/// output blocks change, byte for byte, and updating twice changes nothing.
///
/// ```swift
/// let update = try LessonUpdate(LessonRunner().run(input))
/// if update.changesFile { try update.write() }   // or print(update.diff(style: .plain)) for --dry-run
/// update.keptCells                              // the failed cells whose blocks were kept
/// ```
public struct LessonUpdate: Sendable {
    /// The run whose outputs are recorded.
    public let run: LessonRun
    /// The output block text for each cell (`nil`: no block), as written.
    public let outputs: [String?]
    /// The file's new text.
    public let updatedText: String
    /// The cells that failed and kept their recorded blocks (none when forced).
    public let keptCells: [CellOutcome]

    /// Rewrites the lesson's output blocks with the run's outputs; with `force`, a failed cell's output (its
    /// error message) is recorded too, instead of keeping its block.
    ///
    /// An error message names its line in the file, which moves when blocks above it grow or shrink; so the
    /// messages are placed in the rewritten file, and written again, and updating a second time changes nothing.
    ///
    /// - Throws: ``LessonPathError`` when the output blocks cannot be rewritten (an unclosed fence).
    public init(_ run: LessonRun, force: Bool = false) throws(LessonPathError) {
        self.run = run
        let lesson = run.input.lesson
        keptCells = force ? [] : run.cells.filter(\.isFailure)
        do {
            var outputs = run.cells.map { $0.recordedOutput(at: $0.cell, force: force) }
            var text = try lesson.rewritten(outputs: outputs)
            let moved = Lesson(text: text).cells
            if run.cells.contains(where: { $0.error != nil }), moved.count == run.cells.count {
                outputs = zip(run.cells, moved).map { $0.recordedOutput(at: $1, force: force) }
                text = try lesson.rewritten(outputs: outputs)
            }
            self.outputs = outputs
            updatedText = text
        } catch {
            throw LessonPathError(path: run.input.path, reason: error.description)
        }
    }

    /// Whether the new text differs from the file's.
    public var changesFile: Bool { Array(updatedText.utf8) != run.input.lesson.bytes }

    /// How many output blocks are added, changed or removed.
    public var changedBlockCount: Int {
        zip(run.cells, outputs).count { outcome, output in
            outcome.cell.expectedOutput.map(Self.lines) != output.map(Self.lines) || !outcome.cell.extraOutputs.isEmpty
        }
    }

    /// Replaces the file atomically with the new text (nothing is written when nothing changes), only while it
    /// is still the version that was run: edits saved meanwhile (an editor's autosave during a long training
    /// lesson) are never overwritten.
    ///
    /// - Throws: ``LessonPathError`` naming the file and the reason: the system's, a read-only file, or a file
    ///   that changed while the lesson ran (then nothing is written, and the message says to run again).
    public func write() throws(LessonPathError) {
        guard changesFile else { return }
        do {
            try LessonFile.write(bytes: Array(updatedText.utf8), to: run.input.path, replacing: run.input.version)
        } catch let error where error.isChangedSinceRead {
            throw LessonPathError(
                path: run.input.path,
                reason: "the file changed while its lesson ran, so nothing was written; run `lesson update` again")
        } catch {
            throw error.pathError(for: run.input.path)
        }
    }

    /// What the update would change, as a unified diff of the file (`--dry-run`); empty when nothing changes.
    ///
    /// ```swift
    /// print(update.diff(style: .plain))
    /// // --- lessons/x.md
    /// // +++ lessons/x.md (updated)
    /// // @@ -14,3 +14,3 @@
    /// // ...
    /// ```
    public func diff(style: some ReportStyle) -> String {
        let diff = LineDiff(old: Self.lines(run.input.lesson.text), new: Self.lines(updatedText))
        guard diff.hasChanges else { return "" }
        let path = run.input.path
        let header = [style.mark("--- \(path)", as: .location), style.mark("+++ \(path) (updated)", as: .location)]
        return (header + diff.lines(oldStart: 1, newStart: 1).map(style.diffLine)).joined(separator: "\n")
    }

    /// A text's lines, without line endings.
    private static func lines(_ text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}

extension CellOutcome {
    /// The output block's text for `lesson update`: the new text for a cell that ran (with an error located as
    /// for `placement`), the current block for a `no-run` cell and (unless `force`) for a cell that failed
    /// (`nil`: no block).
    fileprivate func recordedOutput(at placement: Cell, force: Bool) -> String? {
        ran && (force || !isFailure) ? text(at: placement) : cell.expectedOutput
    }
}
