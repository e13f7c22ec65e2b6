import LessonHTML

/// The page served before a lesson's first page exists (its file cannot be read or run as written): the
/// problem, and the live script, which puts the lesson's page in its place as soon as there is one.
enum PlaceholderPage {
    /// The placeholder for the lesson at `path`.
    static func html(path: String, problem: String?) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        html += "script-src 'self'; connect-src 'self'\">\n"
        html +=
            "<script src=\"\(LiveScript.path)\" defer></script>\n<title>\(path.htmlEscaped)</title>\n</head>\n<body>\n"
        html +=
            "<main><h1>\(path.htmlEscaped)</h1>\n<pre>\((problem ?? "Waiting for the lesson to run...").htmlEscaped)</pre>"
        return html + "</main>\n</body>\n</html>\n"
    }
}
