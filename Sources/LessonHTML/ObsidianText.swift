/// Obsidian's inline syntax in a run of prose text: `![[picture.png]]` embeds and `#tag` words.
///
/// A tag is `#` at the start of the text or after a space or an opening bracket, followed by letters,
/// digits, `_`, `-` or `/`, with at least one character that is not a digit (`#1` is not a tag), as Obsidian
/// reads tags. An embed runs from `![[` to the next `]]`.
///
/// ```swift
/// ObsidianText.pieces(of: "Yann Lecun #person ![[face.png]]", atBoundary: true)
/// // [.text("Yann Lecun "), .tag("person"), .text(" "), .embed("face.png")]
/// ```
enum ObsidianText: Equatable {
    /// Plain text.
    case text(String)
    /// A tag, without its `#`.
    case tag(String)
    /// An embed's target, as written between `![[` and `]]`.
    case embed(String)

    /// Splits `text` into plain runs, tags and embeds; `atBoundary` tells whether the text starts where a tag
    /// may start (the start of a line or paragraph).
    static func pieces(of text: String, atBoundary: Bool) -> [ObsidianText] {
        let scalars = Array(text.unicodeScalars)
        var pieces: [ObsidianText] = []
        var plain = String.UnicodeScalarView()
        func flush() {
            if !plain.isEmpty { pieces.append(.text(String(plain))) }
            plain = String.UnicodeScalarView()
        }
        var index = 0
        while index < scalars.count {
            if let (target, end) = embed(in: scalars, at: index) {
                flush()
                pieces.append(.embed(target))
                index = end
            } else if scalars[index] == "#", index == 0 ? atBoundary : startsTag(after: scalars[index - 1]),
                let end = tagEnd(in: scalars, from: index + 1)
            {
                flush()
                pieces.append(.tag(String(String.UnicodeScalarView(scalars[(index + 1)..<end]))))
                index = end
            } else {
                plain.append(scalars[index])
                index += 1
            }
        }
        flush()
        return pieces
    }

    /// The target of an embed starting at `index`, and the index after its `]]`.
    private static func embed(in scalars: [Unicode.Scalar], at index: Int) -> (String, Int)? {
        guard index + 3 < scalars.count, scalars[index] == "!", scalars[index + 1] == "[", scalars[index + 2] == "["
        else { return nil }
        var end = index + 3
        while end + 1 < scalars.count {
            if scalars[end] == "]" && scalars[end + 1] == "]" {
                let target = String(String.UnicodeScalarView(scalars[(index + 3)..<end]))
                return target.isEmpty || target.contains("\n") ? nil : (target, end + 2)
            }
            end += 1
        }
        return nil
    }

    /// Whether a tag may start after this character.
    private static func startsTag(after scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "([{".unicodeScalars.contains(scalar)
    }

    /// The end of a tag's name starting at `start`, or `nil` when no tag starts there.
    private static func tagEnd(in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var end = start
        var hasNonDigit = false
        while end < scalars.count, isTagScalar(scalars[end]) {
            if scalars[end].properties.numericType == nil { hasNonDigit = true }
            end += 1
        }
        return end > start && hasNonDigit ? end : nil
    }

    private static func isTagScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "_-/".unicodeScalars.contains(scalar)
            || scalar.properties.generalCategory == .nonspacingMark
    }
}
