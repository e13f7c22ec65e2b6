import Foundation

/// Starts programs with `posix_spawn` (safe in a process with many threads, unlike `fork`), with the default
/// signal handling and an empty signal mask whatever the server's threads have set.
///
/// ```swift
/// let pid = try Spawn.start(["xdg-open", "http://127.0.0.1:8000/"], searchingPath: true)
/// let worker = try Spawn.start(["/usr/local/bin/lesson", "preview-worker", json], descriptors: [0: requests.read])
/// ```
enum Spawn {
    /// Starts `arguments` (the program first). `descriptors` gives the child's descriptors that are not the
    /// parent's: by number in the child, the parent's descriptor it is a copy of (`[0: pipe]` for its standard
    /// input). `newGroup` puts it in a process group of its own (whose id is its pid); `searchingPath` looks the
    /// program up in `PATH`.
    ///
    /// - Throws: ``FileDescriptor/Failure`` when the program cannot be started.
    static func start(
        _ arguments: [String], descriptors: [Int32: Int32] = [:], newGroup: Bool = false, searchingPath: Bool = false
    ) throws(FileDescriptor.Failure) -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (child, parent) in descriptors.sorted(by: { $0.key < $1.key }) {
            posix_spawn_file_actions_adddup2(&actions, parent, child)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var flags = POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF
        if newGroup {
            posix_spawnattr_setpgroup(&attributes, 0)
            flags |= POSIX_SPAWN_SETPGROUP
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid = pid_t()
        let status =
            searchingPath
            ? posix_spawnp(&pid, arguments[0], &actions, &attributes, &cArguments, environ)
            : posix_spawn(&pid, arguments[0], &actions, &attributes, &cArguments, environ)
        guard status == 0 else { throw FileDescriptor.Failure(call: "posix_spawn", code: status) }
        return pid
    }
}
