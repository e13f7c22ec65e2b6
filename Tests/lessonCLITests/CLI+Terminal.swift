import Foundation

extension CLI {
    /// Why a pseudo-terminal could not be opened.
    struct NoTerminal: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `lesson arguments...` in `folder` with stderr on a pseudo-terminal `columns` wide, as when a person
    /// runs it in a terminal, and stdout in a file; the result's `stderr` is everything the terminal received.
    static func runOnTerminal(
        _ arguments: [String], in folder: String = lessons, columns: UInt16 = 100
    ) throws
        -> Result
    {
        var (primary, secondary): (Int32, Int32) = (-1, -1)
        var size = winsize(ws_row: 24, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&primary, &secondary, nil, nil, &size) == 0 else {
            throw NoTerminal(description: "no pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        let terminal = primary
        defer { close(terminal) }
        var attributes = termios()
        tcgetattr(secondary, &attributes)
        cfmakeraw(&attributes)
        tcsetattr(secondary, TCSANOW, &attributes)

        final class Received: @unchecked Sendable {
            var bytes: [UInt8] = []
        }
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        Thread {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(terminal, &buffer, buffer.count)
                if count <= 0 { break }  // EIO once the last holder of the terminal's other end has closed it
                received.bytes += buffer[..<count]
            }
            done.signal()
        }.start()

        let output = NSTemporaryDirectory() + "lesson-cli-" + UUID().uuidString + ".out"
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: output) }
        let process = lesson(arguments, in: folder)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = FileHandle(fileDescriptor: secondary, closeOnDealloc: false)
        let launch = Swift.Result { try process.run() }
        close(secondary)  // the child holds its own copy: the reader sees the end when the child exits
        if case .success = launch { process.waitUntilExit() }
        done.wait()
        try launch.get()
        return Result(
            status: process.terminationStatus, stdout: try String(contentsOfFile: output, encoding: .utf8),
            stderr: String(decoding: received.bytes, as: UTF8.self))
    }
}
