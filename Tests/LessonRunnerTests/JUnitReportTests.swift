import LessonDocument
import Testing

@testable import LessonRunner

@Suite struct JUnitReportTests {
    @Test func hasOneSuitePerLessonAndOneCasePerCell() throws {
        let first = LessonCheck(try run(cell("1", output: "1") + cell("2", options: "no-run") + cell("3", output: "4")))
        let second = LessonCheck(try run(cell("[1][2]"), path: "lessons/b & c.md"))
        #expect(
            JUnitReport.xml(for: [first, second]) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="lesson" tests="4" failures="2" errors="0" skipped="1">
                  <testsuite name="lessons/test.md" tests="3" failures="1" errors="0" skipped="1">
                    <testcase classname="lessons/test.md" name="lessons/test.md:1"/>
                    <testcase classname="lessons/test.md" name="lessons/test.md:8">
                      <skipped message="no-run"/>
                    </testcase>
                    <testcase classname="lessons/test.md" name="lessons/test.md:11">
                      <failure message="output differs" type="output">lessons/test.md:15: output differs
                @@ -16,1 +16,1 @@
                -4
                +3</failure>
                    </testcase>
                  </testsuite>
                  <testsuite name="lessons/b &amp; c.md" tests="1" failures="1" errors="0" skipped="0">
                    <testcase classname="lessons/b &amp; c.md" name="lessons/b &amp; c.md:1">
                      <failure message="error: Index out of range" type="error">lessons/b &amp; c.md:2:4: error: Index out of range</failure>
                    </testcase>
                  </testsuite>
                </testsuites>

                """)
    }

    @Test func aLessonThatCouldNotBeUsedIsASuiteWithAnError() throws {
        let check = LessonCheck(try run(cell("1", output: "1")))
        let problems = [
            LessonPathError(path: "lessons/pipe.md", reason: "cannot read: not a regular file (a FIFO)"),
            LessonPathError(
                path: "lessons/<bad>.md", reason: "not valid UTF-8", at: SourceLocation(line: 3, column: 2)),
        ]
        #expect(
            JUnitReport.xml(for: [check], problems: problems) == """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="lesson" tests="3" failures="0" errors="2" skipped="0">
                  <testsuite name="lessons/test.md" tests="1" failures="0" errors="0" skipped="0">
                    <testcase classname="lessons/test.md" name="lessons/test.md:1"/>
                  </testsuite>
                  <testsuite name="lessons/pipe.md" tests="1" failures="0" errors="1" skipped="0">
                    <testcase classname="lessons/pipe.md" name="lessons/pipe.md">
                      <error message="cannot read: not a regular file (a FIFO)" type="file">lessons/pipe.md: error: cannot read: not a regular file (a FIFO)</error>
                    </testcase>
                  </testsuite>
                  <testsuite name="lessons/&lt;bad&gt;.md" tests="1" failures="0" errors="1" skipped="0">
                    <testcase classname="lessons/&lt;bad&gt;.md" name="lessons/&lt;bad&gt;.md">
                      <error message="not valid UTF-8" type="file">lessons/&lt;bad&gt;.md:3:2: error: not valid UTF-8</error>
                    </testcase>
                  </testsuite>
                </testsuites>

                """)
    }

    @Test func escapesMarkupQuotesAndCharactersXMLForbids() {
        #expect(XMLText.escaped("a < b && c > \"d\"") == "a &lt; b &amp;&amp; c &gt; \"d\"")
        #expect(XMLText.escaped("\"q\"\n\tx", attribute: true) == "&quot;q&quot;&#10;&#9;x")
        #expect(
            XMLText.escaped("bell\u{07} esc\u{1B}[0m nul\u{0} cr\r") == "bell\\u{7} esc\\u{1B}[0m nul\\u{0} cr&#13;")
        #expect(XMLText.escaped("é → ∑ \u{FFFE}") == "é → ∑ \\u{FFFE}")
    }

    @Test func escapesWhatCellsPrint() throws {
        let check = LessonCheck(try run(cell("print(\"<b>&\\u{1B}\")", output: "no")))
        let xml = JUnitReport.xml(for: [check])
        #expect(xml.contains("+&lt;b&gt;&amp;\\u{1B}</failure>"))
    }

    @Test func isTheSameForTheSameResults() throws {
        let text = cell("randn(2)") + cell("1")
        #expect(
            JUnitReport.xml(for: [LessonCheck(try run(text))]) == JUnitReport.xml(for: [LessonCheck(try run(text))]))
    }
}
