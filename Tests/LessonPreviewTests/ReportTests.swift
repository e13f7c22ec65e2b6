import Testing

@testable import LessonPreview

/// What the terminal says after a run, and what goes to the browsers as server-sent events.
@Suite struct ReportTests {
    @Test func aRunReportSaysWhatRanFromWhereAndHowToRecordIt() {
        let resumed = RunReport(path: "x.md", firstCell: 4, checkpoint: 4, ran: 2, failed: 0, seconds: 0.054)
        #expect(
            resumed.text
                == "x.md: ran cells 5-6 of 6, resumed after cell 4, in 0.05 s; all clean. `lesson update x.md` records "
                + "the outputs.")
        let fresh = RunReport(path: "x.md", firstCell: 0, checkpoint: 0, ran: 1, failed: 1, seconds: nil)
        #expect(
            fresh.text == "x.md: ran cell 1 of 1, from the start; 1 failed. `lesson update x.md` records the outputs.")
        let nothing = RunReport(path: "x.md", firstCell: 3, checkpoint: 3, ran: 0, failed: 0, seconds: 0.01)
        #expect(nothing.text.hasPrefix("x.md: nothing to run, in 0.01 s; all clean."))
    }

    @Test func eventsAreOneJSONLineEach() {
        #expect(
            BrowserEvent.states(revision: 3, states: [.done, .running]).text
                == "event: states\ndata: {\"revision\":3,\"states\":[\"done\",\"running\"]}\n\n")
        #expect(
            BrowserEvent.problem(revision: 2, message: nil).text
                == "event: problem\ndata: {\"message\":null,\"revision\":2}\n\n")
        let page = BrowserEvent.page(revision: 1, html: "<p>a\nb</p>").text
        #expect(page.split(separator: "\n").count == 2, "the page's line breaks are escaped in the JSON")
    }
}
