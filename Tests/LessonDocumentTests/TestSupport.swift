import LessonDocument

/// Joins lines with `\n`, ending with one: the usual shape of a lesson file in these tests.
func markdown(_ lines: String...) -> String {
    lines.map { $0 + "\n" }.joined()
}

extension Lesson {
    /// The prose parts' texts, in order.
    var proseTexts: [String] {
        parts.compactMap {
            if case .prose(let prose) = $0 { prose.text } else { nil }
        }
    }

    /// The messages of the diagnostics, in order.
    var diagnosticMessages: [String] { diagnostics.map(\.message) }

    /// The file's bytes in `range`, as text.
    func slice(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
