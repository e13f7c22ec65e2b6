import Testing

@testable import lesson

/// A terminal of `columns` columns and a clock that only moves when told; what the bar writes piles up in `text`.
final class FakeTerminal {
    var now = 0.0
    var text = ""
    var columns = 80
    lazy var bar = TerminalProgress(columns: { self.columns }, clock: { self.now }, write: { self.text += $0 })

    /// The bars drawn so far, without their control characters.
    var drawings: [String] {
        text.split(separator: "\r").map { String($0).replacing("\u{1B}[K", with: "") }.filter { !$0.isEmpty }
    }
}

@Suite struct TerminalProgressTests {
    @Test func quickWorkNeverShowsABar() {
        let terminal = FakeTerminal()
        terminal.bar.start("loading train/3", total: 400)
        terminal.now += 0.25
        terminal.bar.update(400)
        terminal.bar.finish()
        #expect(terminal.text == "")
    }

    @Test func drawsInPlaceOnceTheWorkHasRunForTheDelayThenErases() {
        let terminal = FakeTerminal()
        terminal.bar.start("epoch 1/2", total: 10)
        terminal.now += 0.2
        terminal.bar.update(1)
        #expect(terminal.text == "")
        terminal.now = TerminalProgress.delay
        terminal.bar.update(2)
        #expect(terminal.text == "\repoch 1/2 ████░░░░░░░░░░░░░░░░ 20.0% [2/10 00:00<00:01]\u{1B}[K")
        terminal.text = ""
        terminal.bar.finish()
        #expect(terminal.text == "\r\u{1B}[K")
    }

    @Test func redrawsAtMostOncePerInterval() {
        let terminal = FakeTerminal()
        terminal.bar.start("epoch 1/1", total: 1000)
        terminal.now += TerminalProgress.delay
        for step in 1...1000 {
            terminal.bar.update(step)
            terminal.now += 0.001
        }
        // 1 s of steps after the delay: a drawing at its start, then one per 0.1 s.
        #expect(terminal.drawings.count == 10)
        #expect(terminal.drawings.first?.contains("[1/1000 ") == true)
    }

    @Test func theDelayCountsFromTheFirstEpochSoFastEpochsStillShowABar() {
        let terminal = FakeTerminal()
        for epoch in 1...4 {
            terminal.bar.start("epoch \(epoch)/4", total: 2)
            terminal.now += 0.07
            terminal.bar.update(1)
            terminal.now += 0.07
            terminal.bar.update(2)
        }
        terminal.bar.finish()
        // Drawn at 0.35 s (past the delay, within epoch 3), then 0.14 s later (epoch 4).
        #expect(
            terminal.drawings == [
                "epoch 3/4 ██████████░░░░░░░░░░ 50.0% [1/2 00:00<00:00]",
                "epoch 4/4 ██████████░░░░░░░░░░ 50.0% [1/2 00:00<00:00]",
            ])
        #expect(terminal.text.hasSuffix("\r\u{1B}[K"))
    }

    @Test func eachNewPieceOfWorkWaitsForTheDelayAgainAfterAFinish() {
        let terminal = FakeTerminal()
        terminal.bar.start("loading train/3", total: 10)
        terminal.now += 1
        terminal.bar.update(5)
        terminal.bar.finish()
        terminal.text = ""
        terminal.bar.start("loading train/7", total: 10)
        terminal.now += 0.1
        terminal.bar.update(5)
        terminal.bar.finish()
        #expect(terminal.text == "")
    }

    @Test func fitsTheTerminalsWidthWhenDrawn() {
        let terminal = FakeTerminal()
        terminal.columns = 44
        terminal.bar.start("epoch 3/10", total: 60)
        terminal.now += 1.2
        terminal.bar.update(31)
        #expect(terminal.drawings == ["epoch 3/10 ███░░░ 51.7% [31/60 00:01<00:01]"])
    }

    @Test func withTheRealClockAMillionStepsDrawOnlyAFewTimes() {
        var writes = 0
        let bar = TerminalProgress(columns: { 80 }, write: { _ in writes += 1 })
        let start = TerminalProgress.uptime()
        bar.start("epoch 1/1", total: 1_000_000)
        for step in 1...1_000_000 { bar.update(step) }
        let seconds = TerminalProgress.uptime() - start
        bar.finish()
        #expect(writes <= Int(seconds / TerminalProgress.interval) + 2)
    }
}
