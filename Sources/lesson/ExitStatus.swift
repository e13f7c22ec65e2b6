import ArgumentParser

/// The exit statuses of `lesson` (docs/cli.md).
enum ExitStatus: Int32 {
    /// Every cell passed.
    case success = 0
    /// A cell failed, or (`check`) an output differs.
    case failure = 1
    /// Bad usage, or a file that cannot be read or written.
    case badUsage = 2

    /// The status for a finished command: file problems outrank failed cells.
    init(fileProblems: Bool, failures: Bool) {
        self = fileProblems ? .badUsage : failures ? .failure : .success
    }

    /// Ends the command with this status (returns normally for success).
    func exit() throws {
        guard self != .success else { return }
        throw ExitCode(rawValue)
    }
}
