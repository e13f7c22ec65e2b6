import Foundation

/// Writing results to stdout and problems to stderr, a line at a time and flushed at once, so `lesson run`'s
/// output appears as cells finish even through a pipe.
enum Console {
    /// Whether stdout is a terminal (colors are only written to one).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes `text` and a line break to stdout.
    static func out(_ text: String) {
        write(text, to: stdout)
    }

    /// Writes `text` and a line break to stderr.
    static func error(_ text: String) {
        write(text, to: stderr)
    }

    private static func write(_ text: String, to stream: UnsafeMutablePointer<FILE>) {
        fputs(text + "\n", stream)
        fflush(stream)
    }
}
