import ArgumentParser
import LessonHTML
import LessonRunner

/// `lesson render`: runs lessons and writes their HTML notes.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Run lessons and write each one as a self-contained HTML page, plus an index.html.",
        discussion: """
            Each lesson becomes one page that opens offline in any browser: prose, the cells with their Swift \
            highlighted, and what they showed (text, images, pixel tables, plots, training tables, errors). The \
            pages go into the output folder under the lessons' own paths (lessons/x.md becomes \
            output/lessons/x.html), with index.html listing them. The same lessons and data always give the same \
            bytes, and a page that has not changed is not rewritten.

            Raw HTML in a lesson is left out unless --unsafe-html is given. With --check nothing is written: the \
            command fails when a page in the output folder is missing or differs, so CI can keep committed pages \
            honest.

            Two lessons never share a page: a lesson whose page would be another's (`../other/l.md` and \
            `other/l.md` both give other/l.html; a top-level index.md would be index.html) is refused, and the \
            others are rendered.

            Exit status: 0; 1 when a cell failed or (with --check) a page is stale; 2: bad usage, a file that \
            cannot be read, a lesson whose page would be another's, or an output folder that cannot be written.

            Examples:
              lesson render lessons
              lesson render -o site lessons/01-mnist-basics.md
              lesson render --check lessons
            """)

    @OptionGroup var options: CommonOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder the pages are written into.", valueName: "dir"))
    var output = "output"

    @Flag(help: "Write nothing; fail when a page in the output folder is missing or out of date.")
    var check = false

    @Flag(help: "Keep raw HTML from the lessons in the pages (it is left out by default).")
    var unsafeHTML = false

    func run() throws {
        let selection = options.selectLessons()
        var tally = selection.tally
        var fileProblems = !selection.problems.isEmpty
        let conflicts = SiteLayout.pageConflicts(forLessons: selection.inputs.map(\.path))
        var inputs: [LessonInput] = []
        for (index, input) in selection.inputs.enumerated() {
            guard let conflict = conflicts[index] else {
                inputs.append(input)
                continue
            }
            guard let owner = conflict else { continue }  // the same file named twice
            let page = SiteLayout.pagePath(forLesson: input.path)
            let reason =
                "its page would be \(output)/\(page), the page of \(owner); render it into another folder (-o)"
            Console.error(LessonPathError(path: input.path, reason: reason).description)
            fileProblems = true
            tally.filesNotRun += 1
        }
        var runs: [LessonRun] = []
        options.runEach(inputs, command: "render", tally: &tally) { runs.append($0) }
        let site = LessonSite(runs: runs, allowsUnsafeHTML: unsafeHTML)
        var stale = false
        if check {
            for path in SiteLayout.staleFiles(site.files, in: output) {
                Console.out("\(output)/\(path): stale (run `lesson render` to refresh it)")
                stale = true
            }
        } else {
            do {
                for path in try SiteLayout.write(site.files, into: output) { Console.out("wrote \(output)/\(path)") }
            } catch {
                Console.error(error.description)
                fileProblems = true
            }
        }
        Console.out(tally.styledClosingLine(options.style))
        try ExitStatus(fileProblems: fileProblems, failures: tally.failed > 0 || stale).exit()
    }
}
