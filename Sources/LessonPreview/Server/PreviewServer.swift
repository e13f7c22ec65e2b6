import Foundation
import Hummingbird
import Logging
import ServiceLifecycle
import Synchronization

/// `lesson preview`'s web server (Hummingbird): each lesson's page as `lesson render` draws it, with the live
/// script that keeps it in step with the file; the index of the lessons; each page's event stream. It binds to
/// 127.0.0.1 unless told otherwise, and stops cleanly on Ctrl-C (SIGINT) or SIGTERM: the event streams end and
/// every worker stops with its checkpoints.
///
/// | path | what |
/// |---|---|
/// | `/` | the lesson's page when one file is previewed, else the index |
/// | `/index.html` | the index |
/// | `/PATH.html` | the page of the lesson at `PATH.md` |
/// | `/_preview/live.js` | the live script |
/// | `/_preview/events?page=PATH.html` | the page's event stream |
///
/// ```swift
/// let server = PreviewServer(paths: ["lessons/x.md"], port: 0, worker: WorkerSettings(path: ""),
///                            executable: "/usr/local/bin/lesson") { print($0) }
/// try await server.run { url in print("Previewing on \(url)") }
/// ```
public struct PreviewServer: Sendable {
    /// The lesson files and folders previewed.
    public var paths: [String]
    /// The address to listen on.
    public var host: String
    /// The port (0: any free one).
    public var port: Int
    /// The settings for every worker (their path is set for each lesson).
    public var worker: WorkerSettings
    /// The `lesson` program, which workers run as `lesson preview-worker`.
    public var executable: String
    /// Writes a line on the terminal.
    public var report: @Sendable (String) -> Void

    /// A server for `paths` on `host:port`.
    public init(
        paths: [String], host: String = "127.0.0.1", port: Int = 8000, worker: WorkerSettings, executable: String,
        report: @escaping @Sendable (String) -> Void
    ) {
        self.paths = paths
        self.host = host
        self.port = port
        self.worker = worker
        self.executable = executable
        self.report = report
    }

    /// Serves until SIGINT or SIGTERM; `onListening` gets the address (`http://127.0.0.1:8000/`) once the
    /// server listens.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        ChildReaper.start()
        let site = PreviewSite(paths: paths, worker: worker, executable: executable, report: report)
        defer { site.stop() }
        var logger = Logger(label: "lesson-preview")
        logger.logLevel = .error
        let host = self.host
        let app = Application(
            router: Self.router(for: site),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                let shownHost = host.contains(":") ? "[\(host)]" : host
                onListening("http://\(shownHost):\(port)/\(site.singlePage ?? "")")
            },
            logger: logger)
        try await app.runService()
    }

    /// ``run(onListening:)`` for synchronous code: returns once the server has stopped.
    public func runUntilStopped(onListening: @escaping @Sendable (String) -> Void) throws {
        let outcome = Mutex<(any Error)?>(nil)
        let stopped = DispatchSemaphore(value: 0)
        Task {
            do {
                try await run(onListening: onListening)
            } catch {
                outcome.withLock { $0 = error }
            }
            stopped.signal()
        }
        stopped.wait()
        if let error = outcome.withLock({ $0 }) { throw error }
    }

    /// The routes.
    static func router(for site: PreviewSite) -> Router<BasicRequestContext> {
        let router = Router()
        router.get(RouterPath(LiveScript.path)) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "no-store"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: LiveScript.source)))
        }
        router.get(RouterPath(LiveScript.eventsPath)) { request, _ in
            guard let page = request.uri.queryParameters.get("page"), let lesson = site.preview(page: page) else {
                return Response(status: .notFound)
            }
            let events = lesson.subscribe()
            let headers: HTTPFields = [.contentType: "text/event-stream", .cacheControl: "no-store"]
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody { writer in
                    // Ctrl-C stops the previews, which ends their streams, so that the server can stop.
                    try await withGracefulShutdownHandler {
                        for await event in events { try await writer.write(ByteBuffer(string: event.text)) }
                    } onGracefulShutdown: {
                        site.stop()
                    }
                    try await writer.finish(nil)
                })
        }
        router.get("/") { _, _ in
            if let page = site.singlePage { return redirect(to: "/" + page) }
            return html(site.indexHTML())
        }
        router.get("/**") { request, _ in
            let page = String(request.uri.path.dropFirst())
            if page == "index.html" { return html(site.indexHTML()) }
            guard page.hasSuffix(".html"), let lesson = site.preview(page: page) else {
                return Response(status: .notFound)
            }
            if let shown = await lesson.page() { return html(shown) }
            return html(PlaceholderPage.html(path: lesson.path, problem: lesson.problem))
        }
        return router
    }
}

/// A page response that browsers do not keep.
private func html(_ text: String) -> Response {
    Response(
        status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
}

private func redirect(to location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location])
}
