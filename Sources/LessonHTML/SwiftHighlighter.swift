import SwiftIDEUtils
import SwiftParser
import SwiftSyntax
import Synchronization

/// Swift source as highlighted HTML: swift-syntax parses the cell and its classifier names every range
/// (keyword, type, number, string, comment...); each classified range becomes a `<span>` with a short class
/// that the page's style sheet colours. Unclassified text is escaped as is. A cell with syntax errors still
/// highlights what parses. Each source's HTML is remembered: `lesson preview` draws the page again after every
/// save, and parsing the cells that did not change would be most of the drawing's time.
///
/// ```swift
/// SwiftHighlighter.html("let x = 1 // one\n")
/// // <span class="kw">let</span> x = <span class="nu">1</span> <span class="co">// one</span>
/// ```
enum SwiftHighlighter {
    /// The HTML of sources highlighted before, by source; emptied when it holds ``rememberedLimit`` of them.
    private static let remembered = Mutex<[String: String]>([:])
    private static let rememberedLimit = 2048

    /// The source as HTML for a `<pre><code>` element, without its trailing newlines.
    static func html(_ source: String) -> String {
        if let known = remembered.withLock({ $0[source] }) { return known }
        let html = highlight(source)
        remembered.withLock { remembered in
            if remembered.count >= rememberedLimit { remembered.removeAll() }
            remembered[source] = html
        }
        return html
    }

    private static func highlight(_ source: String) -> String {
        let bytes = Array(source.utf8)
        let tree = Parser.parse(source: source)
        var html = ""
        html.reserveCapacity(bytes.count * 2)
        var end = 0
        for range in tree.classifications {
            let lower = min(max(range.range.lowerBound.utf8Offset, end), bytes.count)
            let upper = min(max(range.range.upperBound.utf8Offset, lower), bytes.count)
            let text = String(decoding: bytes[lower..<upper], as: UTF8.self)
            if let name = className(range.kind) {
                html += "<span class=\"\(name)\">\(text.htmlEscaped)</span>"
            } else {
                html += text.htmlEscaped
            }
            end = upper
        }
        if end < bytes.count { html += String(decoding: bytes[end...], as: UTF8.self).htmlEscaped }
        while html.hasSuffix("\n") { html.removeLast() }
        return html
    }

    /// The style sheet's class for a classification, or `nil` for plain text.
    private static func className(_ kind: SyntaxClassification) -> String? {
        switch kind {
        case .keyword: "kw"
        case .type: "ty"
        case .integerLiteral, .floatLiteral: "nu"
        case .stringLiteral, .regexLiteral: "st"
        case .lineComment, .blockComment, .docLineComment, .docBlockComment: "co"
        case .attribute: "at"
        case .argumentLabel: "lb"
        case .ifConfigDirective, .editorPlaceholder: "pd"
        case .dollarIdentifier: "dl"
        case .identifier, .operator, .none: nil
        @unknown default: nil
        }
    }
}
