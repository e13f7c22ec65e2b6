/// The deepest nesting of square brackets in a cell's code, found by a scan that skips comments and string
/// literals (but not the code interpolated into strings).
///
/// swift-syntax decides whether `[` starts an inline array type (`[3 of Int]`) by looking ahead, and at each
/// level of `[[[...]]]` it looks ahead twice: parsing takes time that doubles with each level (28 levels take over
/// a minute), and the parser cannot be interrupted. Cells nest brackets a few levels deep; this scan lets the
/// session refuse a cell nested deeper than ``limit`` before parsing it.
///
/// ```swift
/// BracketNesting(scanning: "let m = [[1, 2], [3, 4]]").deepest          // 2
/// BracketNesting(scanning: "let s = \"[[[[\" // [[[[").deepest           // 0
/// ```
struct BracketNesting {
    /// The deepest nesting a cell may have.
    static let limit = 12

    /// The deepest nesting found.
    private(set) var deepest = 0
    /// The UTF-8 offset of the first `[` that went past ``limit``, if one did.
    private(set) var firstTooDeep: Int?

    /// Scans `source`.
    init(scanning source: String) {
        var scanner = Scanner(bytes: Array(source.utf8))
        scanner.scanCode(until: nil)
        deepest = scanner.deepest
        firstTooDeep = scanner.firstTooDeep
    }

    /// The scan itself: code, comments and string literals (with their interpolations), byte by byte.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        var depth = 0
        var deepest = 0
        var firstTooDeep: Int?

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        func byte(at offset: Int) -> UInt8? {
            offset < bytes.count ? bytes[offset] : nil
        }

        /// Scans code up to the `)` that closes an interpolation (`closing` set) or the end.
        mutating func scanCode(until closing: UInt8?) {
            var parentheses = 0
            while let current = byte(at: index) {
                switch current {
                case UInt8(ascii: "["):
                    depth += 1
                    deepest = max(deepest, depth)
                    if depth > BracketNesting.limit, firstTooDeep == nil { firstTooDeep = index }
                case UInt8(ascii: "]"):
                    depth = max(depth - 1, 0)
                case UInt8(ascii: "("):
                    parentheses += 1
                case UInt8(ascii: ")"):
                    if parentheses == 0, closing != nil {
                        index += 1
                        return
                    }
                    parentheses = max(parentheses - 1, 0)
                case UInt8(ascii: "/") where byte(at: index + 1) == UInt8(ascii: "/"):
                    while let next = byte(at: index), next != UInt8(ascii: "\n") { index += 1 }
                    continue
                case UInt8(ascii: "/") where byte(at: index + 1) == UInt8(ascii: "*"):
                    skipBlockComment()
                    continue
                case UInt8(ascii: "#"), UInt8(ascii: "\""):
                    if scanStringLiteral() { continue }
                default:
                    break
                }
                index += 1
            }
        }

        /// Skips a `/* ... */` comment, which may nest.
        mutating func skipBlockComment() {
            var level = 0
            while let current = byte(at: index) {
                if current == UInt8(ascii: "/"), byte(at: index + 1) == UInt8(ascii: "*") {
                    level += 1
                    index += 2
                } else if current == UInt8(ascii: "*"), byte(at: index + 1) == UInt8(ascii: "/") {
                    level -= 1
                    index += 2
                    if level == 0 { return }
                } else {
                    index += 1
                }
            }
        }

        /// Scans a string literal starting at `index` (`"`, `"""`, or raw with `#`s), code in its
        /// interpolations included; returns `false`, consuming nothing, when `index` starts no literal.
        mutating func scanStringLiteral() -> Bool {
            var hashes = 0
            while byte(at: index + hashes) == UInt8(ascii: "#") { hashes += 1 }
            guard byte(at: index + hashes) == UInt8(ascii: "\"") else { return false }
            index += hashes
            let quote = UInt8(ascii: "\"")
            let isMultiline = byte(at: index + 1) == quote && byte(at: index + 2) == quote
            index += isMultiline ? 3 : 1
            while let current = byte(at: index) {
                if current == UInt8(ascii: "\\"), hasHashes(hashes, at: index + 1) {
                    index += 1 + hashes
                    if byte(at: index) == UInt8(ascii: "(") {
                        index += 1
                        scanCode(until: UInt8(ascii: ")"))
                    } else {
                        index += 1
                    }
                    continue
                }
                if current == UInt8(ascii: "\n"), !isMultiline { return true }
                let closes =
                    isMultiline
                    ? current == quote && byte(at: index + 1) == quote && byte(at: index + 2) == quote
                    : current == quote
                if closes, hasHashes(hashes, at: index + (isMultiline ? 3 : 1)) {
                    index += (isMultiline ? 3 : 1) + hashes
                    return true
                }
                index += 1
            }
            return true
        }

        func hasHashes(_ count: Int, at offset: Int) -> Bool {
            (0..<count).allSatisfy { byte(at: offset + $0) == UInt8(ascii: "#") }
        }
    }
}
