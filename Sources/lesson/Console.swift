import Foundation
import LessonRunner

/// Writing results to stdout and problems to stderr, a line at a time and flushed at once, so `lesson run`'s
/// output appears as cells finish even through a pipe; and the progress bar, on stderr when it is a terminal.
enum Console {
    /// Whether stdout is a terminal (colors are only written to one).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// A progress bar drawn on stderr, or `nil` when stderr is not a terminal (a file, a pipe, a CI log), so the
    /// bar's text never lands anywhere but on a screen.
    static func progressBar() -> TerminalProgress? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return TerminalProgress(columns: stderrColumns) { text in
            fputs(text, stderr)
            fflush(stderr)
        }
    }

    /// Writes `text` and a line break to stdout.
    static func out(_ text: String) {
        write(text, to: stdout)
    }

    /// Writes `text` and a line break to stderr.
    static func error(_ text: String) {
        write(text, to: stderr)
    }

    /// Writes every byte of the text (`fputs` would stop at a NUL) and flushes, so that what was printed is out
    /// before anything that comes next can fail.
    private static func write(_ text: String, to stream: UnsafeMutablePointer<FILE>) {
        var line = text + "\n"
        line.withUTF8 { bytes in _ = fwrite(bytes.baseAddress, 1, bytes.count, stream) }
        fflush(stream)
    }

    /// The width of the terminal on stderr, 80 when it does not say.
    private static func stderrColumns() -> Int {
        var size = winsize()
        guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}
