/// A run of fence characters found in a raw line, with offsets relative to the line's content.
struct FenceRun: Equatable, Sendable {
    static let backtick = UInt8(ascii: "`")
    static let tilde = UInt8(ascii: "~")

    /// `` ` `` or `~`.
    var character: UInt8
    /// Where the run starts: the bytes before it are container markers and indentation.
    var start: Int
    /// How many fence characters the run has (at least 3).
    var length: Int

    /// Just past the run, where an opening fence's info string begins.
    var end: Int { start + length }

    /// Finds an opening fence: container markers (spaces, tabs, `>`, list bullets and numbers), then three or
    /// more backticks or tildes. libcmark has already decided that a code block starts on this line; this only
    /// locates its fence. `nil` when the line does not start like a fence (an indented code block, say).
    static func opening(in line: ArraySlice<UInt8>) -> FenceRun? {
        guard let start = line.firstIndex(where: { !isContainerMarker($0) }) else { return nil }
        let character = line[start]
        guard character == backtick || character == tilde else { return nil }
        let length = line[start...].prefix { $0 == character }.count
        guard length >= 3 else { return nil }
        let info = line[(start + length)...]
        if character == backtick && info.contains(backtick) { return nil }
        return FenceRun(character: character, start: start - line.startIndex, length: length)
    }

    /// Finds a closing fence for `opening`: block-quote markers and indentation, at least as many of the same
    /// fence character, then only spaces or tabs.
    static func closing(in line: ArraySlice<UInt8>, for opening: FenceRun) -> FenceRun? {
        guard let start = line.firstIndex(where: { !isQuoteMarkerOrSpace($0) }) else { return nil }
        let run = line[start...].prefix { $0 == opening.character }.count
        guard run >= opening.length, line[(start + run)...].allSatisfy(isSpaceOrTab) else { return nil }
        return FenceRun(character: opening.character, start: start - line.startIndex, length: run)
    }

    /// The length a fence needs so that none of `lines` closes it early: one more than the longest line made of
    /// `character` alone (ignoring surrounding spaces), and never shorter than `minimum`.
    static func requiredLength(for lines: [String], character: UInt8, minimum: Int) -> Int {
        var length = minimum
        for line in lines {
            let bytes = line.utf8.drop(while: isSpaceOrTab)
            let run = bytes.prefix { $0 == character }.count
            if run >= length && bytes.dropFirst(run).allSatisfy(isSpaceOrTab) { length = run + 1 }
        }
        return length
    }

    private static func isQuoteMarkerOrSpace(_ byte: UInt8) -> Bool {
        isSpaceOrTab(byte) || byte == UInt8(ascii: ">")
    }

    private static func isContainerMarker(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">"), UInt8(ascii: "-"), UInt8(ascii: "*"),
            UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: ")"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            false
        }
    }
}
