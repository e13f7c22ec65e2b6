// Constrained extensions of Array: where Element == Double, where Element == String, where Element: Comparable,
// and Sequence-wide helpers.
extension Array where Element == Double {
    var mean: Double { isEmpty ? 0 : reduce(0, +) / Double(count) }
    var variance: Double {
        let m = mean
        return map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(count)
    }
    func normalized() -> [Double] {
        let low = self.min() ?? 0
        let high = self.max() ?? 1
        return map { ($0 - low) / (high - low) }
    }
}

extension Array where Element == String {
    func joinedSentence() -> String {
        guard let last = last else { return "" }
        if count == 1 { return last }
        return dropLast().joined(separator: ", ") + " and " + last
    }
}

extension Array where Element: Comparable {
    var isSortedAscending: Bool {
        for index in indices.dropFirst() where self[index - 1] > self[index] { return false }
        return true
    }
    func secondLargest() -> Element? {
        let ordered = sorted()
        return ordered.count < 2 ? nil : ordered[ordered.count - 2]
    }
}

extension Array {
    func chunked(into size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}

let losses = [0.9, 0.6, 0.45, 0.3, 0.25]
print(losses.mean, losses.variance, losses.normalized())
print(["cats"].joinedSentence(), ["cats", "dogs", "birds"].joinedSentence(), [String]().joinedSentence())
print([1, 2, 3].isSortedAscending, ["b", "a"].isSortedAscending, losses.isSortedAscending)
print([4, 9, 1, 7].secondLargest() ?? -1, ["x"].secondLargest() ?? "none")
print(Array(1...7).chunked(into: 3), ["a", "b", "c", "d"].chunked(into: 2))
let batches = losses.chunked(into: 2).map { $0.mean }
print(batches)
