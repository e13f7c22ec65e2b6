/// A line diff in unified style: hunks of changed lines with up to three lines of context, each hunk headed by
/// `@@ -line,count +line,count @@`.
///
/// ```swift
/// let diff = LineDiff(old: ["a", "b"], new: ["a", "c"])
/// diff.lines(oldStart: 10, newStart: 10)
/// // ["@@ -10,2 +10,2 @@", " a", "-b", "+c"]
/// ```
struct LineDiff {
    /// One line of the edit script.
    enum Line: Equatable {
        case same(old: Int, new: Int)
        case removed(Int)
        case added(Int)
    }

    let old: [String]
    let new: [String]
    /// The edit script from `old` to `new`, in order.
    let script: [Line]

    /// The diff of two texts' lines.
    init(old: [String], new: [String]) {
        self.init(old: old, new: new) { old[$0] == new[$1] }
    }

    /// The longest common subsequence of lines, where `equal(i, j)` decides whether `old[i]` and `new[j]` are the
    /// same line. Above four million line pairs the diff is all old lines removed, then all new lines added (too
    /// large to show usefully anyway).
    init(old: [String], new: [String], equal: (Int, Int) -> Bool) {
        self.old = old
        self.new = new
        guard old.count * new.count <= 4_000_000 else {
            script = old.indices.map(Line.removed) + new.indices.map(Line.added)
            return
        }
        // common[i][j]: the length of the longest common subsequence of old[i...] and new[j...].
        let width = new.count + 1
        var common = [Int](repeating: 0, count: (old.count + 1) * width)
        for i in old.indices.reversed() {
            for j in new.indices.reversed() {
                common[i * width + j] =
                    equal(i, j)
                    ? common[(i + 1) * width + j + 1] + 1
                    : max(common[(i + 1) * width + j], common[i * width + j + 1])
            }
        }
        var lines: [Line] = []
        var (i, j) = (0, 0)
        while i < old.count || j < new.count {
            if i < old.count, j < new.count, equal(i, j) {
                lines.append(.same(old: i, new: j))
                (i, j) = (i + 1, j + 1)
            } else if i < old.count, j == new.count || common[(i + 1) * width + j] >= common[i * width + j + 1] {
                lines.append(.removed(i))
                i += 1
            } else {
                lines.append(.added(j))
                j += 1
            }
        }
        script = lines
    }

    /// Whether the two sides differ.
    var hasChanges: Bool {
        script.contains { if case .same = $0 { false } else { true } }
    }

    /// The hunks as text lines: `@@` headers numbered from `oldStart` and `newStart` (the first line's number on
    /// each side), then ` ` context, `-` removed and `+` added lines. Empty when nothing changed.
    func lines(oldStart: Int, newStart: Int, context: Int = 3) -> [String] {
        var output: [String] = []
        for hunk in hunks(context: context) {
            let part = script[hunk]
            let oldLines = part.compactMap { line -> Int? in
                switch line {
                case .same(let i, _), .removed(let i): i
                case .added: nil
                }
            }
            let newLines = part.compactMap { line -> Int? in
                switch line {
                case .same(_, let j), .added(let j): j
                case .removed: nil
                }
            }
            output.append(
                "@@ -\(range(oldLines, start: oldStart, before: part, old: true)) "
                    + "+\(range(newLines, start: newStart, before: part, old: false)) @@")
            for line in part {
                switch line {
                case .same(let i, _): output.append(" " + old[i])
                case .removed(let i): output.append("-" + old[i])
                case .added(let j): output.append("+" + new[j])
                }
            }
        }
        return output
    }

    /// Ranges of the script holding changes with their context; hunks whose contexts touch are merged.
    private func hunks(context: Int) -> [Range<Int>] {
        let changed = script.indices.filter { if case .same = script[$0] { false } else { true } }
        var hunks: [Range<Int>] = []
        for index in changed {
            let range = max(0, index - context)..<min(script.count, index + context + 1)
            if let last = hunks.last, last.upperBound >= range.lowerBound {
                hunks[hunks.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                hunks.append(range)
            }
        }
        return hunks
    }

    /// `first,count` for a hunk's side (unified diff style: an empty side names the line before it).
    private func range(_ lines: [Int], start: Int, before part: ArraySlice<Line>, old: Bool) -> String {
        if let first = lines.first { return "\(start + first),\(lines.count)" }
        let preceding = script[..<part.startIndex].filter { line in
            switch line {
            case .same: true
            case .removed: old
            case .added: !old
            }
        }
        return "\(start + preceding.count - 1),0"
    }
}
