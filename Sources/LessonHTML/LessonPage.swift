import LessonDocument

/// How pages are rendered.
///
/// ```swift
/// var options = PageOptions()
/// options.allowsUnsafeHTML = true   // `lesson render --unsafe-html`
/// ```
public struct PageOptions: Sendable, Equatable {
    /// Keep raw HTML and every link scheme from lessons (`--unsafe-html`); by default libcmark omits raw HTML
    /// and removes `javascript:`-like links, and the page forbids scripts and network loads.
    public var allowsUnsafeHTML: Bool
    /// The link from the page back to the index (relative to the page), or `nil` for none; see
    /// ``SiteLayout/indexLink(fromPage:)``.
    public var indexLink: String?
    /// The folder whose tree embeds (`![[picture.png]]`) may show files from; `nil`: the lesson's own folder.
    public var embedFolder: String?
    /// The address of a script for the page to load, on the server that serves it; `nil` (the default): the page
    /// has no script. `lesson preview` gives its live-update script; the Content-Security-Policy then also allows
    /// scripts and connections from that server, and nothing more.
    public var script: String?

    /// Options: safe HTML, a link to `index.html` beside the page, embeds from the lesson's folder, no script.
    ///
    /// ```swift
    /// PageOptions(indexLink: "../index.html")
    /// PageOptions(script: "/_preview/live.js")
    /// ```
    public init(
        allowsUnsafeHTML: Bool = false, indexLink: String? = "index.html", embedFolder: String? = nil,
        script: String? = nil
    ) {
        self.allowsUnsafeHTML = allowsUnsafeHTML
        self.indexLink = indexLink
        self.embedFolder = embedFolder
        self.script = script
    }
}

/// A lesson as one self-contained HTML page: inline CSS, pictures as `data:` URIs, plots as inline SVG, no
/// script and nothing loaded from the network (a Content-Security-Policy says so to the browser, unless unsafe
/// HTML is allowed). The same lesson and results always give the same bytes.
///
/// The title is the front matter's `title`, else the first heading, else the file name. A table of contents
/// lists the headings (the title's own heading left out) when there are two or more.
///
/// ```swift
/// let page = LessonPage(lesson: input.lesson, path: "lessons/pixels.md", cells: renderedCells)
/// page.title   // "Pixel similarity"
/// try SiteLayout.write([OutputFile(path: "lessons/pixels.html", text: page.html)], into: "output")
/// ```
public struct LessonPage: Sendable {
    /// The page's title.
    public let title: String
    /// The whole page.
    public let html: String

    /// Renders `lesson`, read from `path` (as messages name it: `lessons/x.md`), with the results of its cells
    /// (`cells`, matched by ``RenderedCell/index``; a cell without a result shows its code and expected output).
    public init(lesson: Lesson, path: String, cells: [RenderedCell], options: PageOptions = PageOptions()) {
        var results: [Int: RenderedCell] = [:]
        for cell in cells { results[cell.index] = cell }
        let folder = options.embedFolder ?? Self.folder(of: path)
        let markdown = LessonMarkdown(
            lesson: lesson, cellHTML: { CellHTML.html($0, rendered: results[$0.index], path: path) },
            embeds: EmbedFiles(folder: folder), unsafe: options.allowsUnsafeHTML,
            reservedIDs: Set(lesson.cells.map(CellHTML.id)))
        let frontTitle = lesson.frontMatter?.title
        let first = markdown.headings.first
        // The heading that already shows the title: the first one, unless the front matter names another title.
        let titleHeading = frontTitle == nil || (first?.level == 1 && first?.text == frontTitle) ? first : nil
        title = frontTitle ?? first?.text ?? Self.fileTitle(of: path)
        var header = ""
        if let link = options.indexLink {
            header += "<p class=\"crumbs\"><a href=\"\(link.htmlEscaped)\">All lessons</a> · \(path.htmlEscaped)</p>\n"
        }
        if titleHeading == nil { header += "<h1>\(title.htmlEscaped)</h1>\n" }
        let body = (header.isEmpty ? "" : "<header class=\"page-head\">\n\(header)</header>\n") + markdown.html
        let contents = markdown.headings.filter { $0 != titleHeading && $0.level <= 3 }
        self.html = Self.document(
            title: title, body: body, contents: contents.count >= 2 ? contents : [],
            safe: !options.allowsUnsafeHTML, script: options.script)
    }

    /// The page around a body: head, style, the table of contents and the main column; `script`, if given, is
    /// loaded from the page's own server.
    static func document(
        title: String, body: String, contents: [LessonMarkdown.Heading], safe: Bool, script: String? = nil
    ) -> String {
        var html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        if safe {
            html += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
            html += "style-src 'unsafe-inline'\(script == nil ? "" : "; script-src 'self'; connect-src 'self'")\">\n"
        }
        html += "<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"generator\" content=\"lesson\">\n"
        if let script { html += "<script src=\"\(script.htmlEscaped)\" defer></script>\n" }
        html += "<title>\(title.htmlEscaped)</title>\n<style>\n\(PageStyle.css)</style>\n</head>\n<body>\n"
        html += "<div class=\"layout\">\n"
        if !contents.isEmpty {
            html += "<nav class=\"toc\" aria-label=\"Contents\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n"
            for heading in contents {
                html += "<li class=\"toc-\(heading.level)\"><a href=\"#\(heading.id.htmlEscaped)\">"
                html += "\(heading.text.htmlEscaped)</a></li>\n"
            }
            html += "</ol>\n</nav>\n"
        }
        return html + "<main>\n<article>\n\(body)</article>\n</main>\n</div>\n</body>\n</html>\n"
    }

    /// The folder part of a path (`.` for a bare file name).
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// A title from a file name: `01-pixel-similarity.md` gives `01-pixel-similarity`.
    private static func fileTitle(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
