import LessonDocument

/// A JUnit XML report of checked lessons, for CI systems: one `testsuite` per lesson, one `testcase` per cell
/// named `file:line` (the cell's opening fence), a `failure` holding the diff or error for each failed cell and a
/// `skipped` element, with the reason, for each cell that did not run (`no-run`, or flags not given). A lesson
/// that could not be used (unreadable, invalid) is a suite of its own, after the lessons that ran, with one test
/// case holding an `error`: the file's messages.
///
/// The report is deterministic: the same results give the same bytes (lessons in the order given, no times or
/// host names), whatever `--jobs` was.
///
/// ```swift
/// let xml = JUnitReport.xml(for: checks)
/// // <?xml version="1.0" encoding="UTF-8"?>
/// // <testsuites name="lesson" tests="2" failures="1" errors="0" skipped="0">
/// //   <testsuite name="lessons/x.md" tests="2" failures="1" errors="0" skipped="0">
/// //     <testcase classname="lessons/x.md" name="lessons/x.md:7"/>
/// //     <testcase classname="lessons/x.md" name="lessons/x.md:12">
/// //       <failure message="output differs" type="output">lessons/x.md:16: output differs
/// // ...
/// ```
public enum JUnitReport {
    /// The XML document for `checks`, in their order, then for the `problems` of the lessons that could not be
    /// used.
    public static func xml(for checks: [LessonCheck], problems: [LessonPathError] = []) -> String {
        var total = Tally()
        var suites: [String] = []
        for check in checks {
            let tally = check.tally
            total += tally
            let file = check.run.input.path
            var suite = ["  <testsuite name=\"\(attribute(file))\" \(counts(tally))>"]
            for (outcome, verdict) in zip(check.run.cells, check.verdicts) {
                suite += testCase(file: file, outcome: outcome, verdict: verdict)
            }
            suite.append("  </testsuite>")
            suites += suite
        }
        for problem in problems {
            let name = attribute(problem.path)
            let message = attribute(problem.reasons.joined(separator: "; "))
            suites += [
                "  <testsuite name=\"\(name)\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">",
                "    <testcase classname=\"\(name)\" name=\"\(name)\">",
                "      <error message=\"\(message)\" type=\"file\">\(XMLText.escaped(problem.description))</error>",
                "    </testcase>", "  </testsuite>",
            ]
        }
        let lines =
            [
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<testsuites name=\"lesson\" \(counts(total, errors: problems.count))>",
            ] + suites + ["</testsuites>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes the report for `checks` and `problems` to `path` atomically.
    ///
    /// - Throws: ``LessonPathError`` naming the file and the system's reason.
    public static func write(
        _ checks: [LessonCheck], problems: [LessonPathError] = [], to path: String
    ) throws(LessonPathError) {
        do {
            try LessonFile.write(xml(for: checks, problems: problems), to: path)
        } catch {
            throw error.pathError(for: path)
        }
    }

    private static func testCase(file: String, outcome: CellOutcome, verdict: CellVerdict) -> [String] {
        let head =
            "    <testcase classname=\"\(attribute(file))\" name=\"\(attribute("\(file):\(outcome.cell.location.line)"))\""
        switch verdict {
        case .passed:
            return [head + "/>"]
        case .skipped:
            let reason = attribute(outcome.skip?.description ?? "no-run")
            return [head + ">", "      <skipped message=\"\(reason)\"/>", "    </testcase>"]
        case .failed(let failure):
            let body = XMLText.escaped(failure.report(file: file, cell: outcome.cell, style: .plain))
            let element =
                "      <failure message=\"\(attribute(failure.summary))\" type=\"\(failure.kind)\">\(body)</failure>"
            return [head + ">", element, "    </testcase>"]
        }
    }

    private static func counts(_ tally: Tally, errors: Int = 0) -> String {
        "tests=\"\(tally.passed + tally.failed + tally.skipped + errors)\" failures=\"\(tally.failed)\" "
            + "errors=\"\(errors)\" skipped=\"\(tally.skipped)\""
    }

    private static func attribute(_ text: String) -> String {
        XMLText.escaped(text, attribute: true)
    }
}

extension CellFailure {
    /// A short name for the kind of failure: `error`, `missing-error`, `output`.
    fileprivate var kind: String {
        switch self {
        case .error: "error"
        case .missingError: "missing-error"
        case .outputDiffers: "output"
        }
    }
}
