import LessonDocument
import Tensors

/// What a lesson's front matter sets for its run: the seed, tensor print options, the time limit per cell and the
/// tolerance for numbers.
///
/// ```swift
/// let lesson = Lesson(text: "---\nseed: 42\nprint: {precision: 2, sci_mode: false}\ntimeout: 60\n---\n")
/// let settings = LessonSettings(lesson.frontMatter)
/// settings.seed                      // 42
/// settings.printOptions.precision    // 2
/// settings.timeout                   // 60
/// settings.problems                  // []
/// ```
public struct LessonSettings: Sendable, Equatable {
    /// `seed`: the random seed at the start of the lesson (default 0).
    public var seed = 0
    /// `print`: tensor print options (`precision`, `threshold`, `edgeitems`, `linewidth`, `sci_mode`).
    public var printOptions = PrintOptions()
    /// `timeout`: the lesson's time limit per cell, in seconds, when it sets one.
    public var timeout: Double?
    /// `tolerance`: the lesson's relative tolerance for numbers in outputs (default 0: only the written precision).
    public var tolerance: Double = 0
    /// Bad print options, as located errors; the front matter's own problems are in the lesson's diagnostics.
    public var problems: [Diagnostic] = []

    /// Settings with every default: seed 0, PyTorch's print options, no lesson time limit, no tolerance.
    ///
    /// ```swift
    /// LessonSettings().seed  // 0
    /// ```
    public init() {}

    /// Reads the keys the runner knows from a lesson's front matter (`nil`: all defaults).
    public init(_ frontMatter: FrontMatter?) {
        guard let frontMatter else { return }
        seed = frontMatter.seed ?? 0
        timeout = frontMatter.timeout
        tolerance = frontMatter.tolerance ?? 0
        for entry in frontMatter.printOptions {
            if let problem = printOptions.apply(entry) {
                problems.append(Diagnostic(.error, "front matter: print option \(problem)", at: entry.location))
            }
        }
    }
}

extension PrintOptions {
    /// Sets the option an entry of `print:` names; returns what is wrong with it, if anything.
    fileprivate mutating func apply(_ entry: FrontMatter.Entry) -> String? {
        let value = entry.value
        switch entry.key {
        case "precision":
            guard let number = Int(value), number >= 0 else { return "`precision` must be an integer ≥ 0" }
            precision = number
        case "threshold":
            guard let number = Int(value), number >= 0 else { return "`threshold` must be an integer ≥ 0" }
            threshold = number
        case "edgeitems":
            guard let number = Int(value), number >= 0 else { return "`edgeitems` must be an integer ≥ 0" }
            edgeItems = number
        case "linewidth":
            guard let number = Int(value), number > 0 else { return "`linewidth` must be an integer > 0" }
            lineWidth = number
        case "sci_mode", "sciMode":
            switch value {
            case "true", "True": scientificMode = true
            case "false", "False": scientificMode = false
            case "null", "None", "~": scientificMode = nil
            default: return "`\(entry.key)` must be true, false or null"
            }
        default:
            return "`\(entry.key)` is unknown (known: precision, threshold, edgeitems, linewidth, sci_mode)"
        }
        return nil
    }
}
