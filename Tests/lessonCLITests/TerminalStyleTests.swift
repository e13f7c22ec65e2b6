import LessonRunner
import Testing

@testable import lesson

@Suite struct TerminalStyleTests {
    @Test func colorsEachRoleOnlyWhenAsked() {
        let style = TerminalStyle(colored: true)
        #expect(style.mark("-a", as: .removed) == "\u{1B}[31m-a\u{1B}[0m")
        #expect(style.mark("+a", as: .added) == "\u{1B}[32m+a\u{1B}[0m")
        #expect(style.mark("@@", as: .hunk) == "\u{1B}[36m@@\u{1B}[0m")
        #expect(style.mark("x.md:3:", as: .location) == "\u{1B}[1mx.md:3:\u{1B}[0m")
        #expect(style.mark("error", as: .failure) == "\u{1B}[31merror\u{1B}[0m")
        #expect(style.mark("ok", as: .success) == "\u{1B}[32mok\u{1B}[0m")
        for role in ReportRole.allCases {
            #expect(TerminalStyle(colored: false).mark("text", as: role) == "text")
        }
    }

    @Test func colorsTheClosingLineByWhetherACellFailed() {
        var tally = Tally()
        tally.passed = 1
        #expect(tally.styledClosingLine(TerminalStyle(colored: true)) == "\u{1B}[32m1 passed, 0 failed\u{1B}[0m")
        tally.failed = 1
        #expect(tally.styledClosingLine(TerminalStyle(colored: true)) == "\u{1B}[31m1 passed, 1 failed\u{1B}[0m")
    }
}
