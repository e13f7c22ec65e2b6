#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CellDisplays {
    /// The same displays with each NUL in the text as U+FFFD, the rich outputs' places moved to match: the
    /// character a Markdown reader puts in a NUL's place, so that an output reads back from its recorded block as
    /// it was written, and a NUL never cuts a terminal line or a page short.
    ///
    /// ```swift
    /// CellDisplays(text: "a\u{0}b", outputs: []).withNULsReplaced().text   // "a\u{FFFD}b"
    /// ```
    public func withNULsReplaced() -> CellDisplays {
        var text = text
        // A byte search over the contiguous UTF-8 (a cell's output may be hundreds of megabytes).
        guard text.withUTF8({ bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }) else {
            return self
        }
        // U+FFFD takes 3 bytes where NUL took 1: every place after a NUL moves 2 bytes on.
        var nulOffsets: [Int] = []
        var scalars = String.UnicodeScalarView()
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == "\0" {
                nulOffsets.append(offset)
                scalars.append("\u{FFFD}")
            } else {
                scalars.append(scalar)
            }
            offset += UTF8.width(scalar)
        }
        func moved(_ place: Int) -> Int { place + 2 * nulOffsets.count { $0 < place } }
        let outputs = outputs.map { placed in
            PlacedOutput(placed.output, range: moved(placed.range.lowerBound)..<moved(placed.range.upperBound))
        }
        return CellDisplays(text: String(scalars), outputs: outputs)
    }
}
