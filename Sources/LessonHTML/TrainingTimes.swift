/// The wall-clock times in a page's training tables, which `render --check` does not compare: an epoch that took
/// 0.9 s on one machine takes 1.1 s on the next, and a page whose numbers all agree is not stale for that.
///
/// The times are the cells ``TableHTML`` marks `<td class="time">`; this masks what is inside them.
///
/// ```swift
/// TrainingTimes.masked(Array("<td class=\"time\">00:01</td>".utf8))   // the bytes of <td class="time"></td>
/// ```
enum TrainingTimes {
    static let cellStart = Array("<td class=\"time\">".utf8)
    static let cellEnd = Array("</td>".utf8)

    /// `page` with the contents of its training tables' time cells removed.
    static func masked(_ page: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(page.count)
        var index = 0
        while let start = page[index...].firstRange(of: cellStart) {
            result += page[index..<start.upperBound]
            guard let end = page[start.upperBound...].firstRange(of: cellEnd) else { return result }
            index = end.lowerBound
        }
        return result + page[index...]
    }
}
