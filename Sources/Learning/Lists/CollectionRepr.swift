/// How fast.ai shows a collection (`coll_repr`, the form of its `L` and its data sets): the count, then at most
/// ``collectionReprLimit`` items joined by commas without spaces, then `...` when there are more.
///
/// ```swift
/// collRepr(paths.map(\.debugDescription))
/// // "(#6131) [Path('train/3/10.png'),Path('train/3/10000.png'),...]"   (ten items before the "...")
/// collRepr(["'0'", "'1'"])   // "(#2) ['0','1']"
/// ```
public func collRepr(_ itemTexts: some Collection<String>) -> String {
    collRepr(count: itemTexts.count) { index in itemTexts[itemTexts.index(itemTexts.startIndex, offsetBy: index)] }
}

/// fast.ai's `coll_repr` of a collection of `count` items whose text `itemText(i)` gives; only the items shown
/// are asked for, so a large data set shows without reading all its items.
///
/// ```swift
/// collRepr(count: dataset.count) { try dataset.itemText(at: $0) }
/// ```
public func collRepr(count: Int, itemText: (Int) throws -> String) rethrows -> String {
    let shown = try (0..<min(count, collectionReprLimit)).map(itemText)
    return "(#\(count)) [" + shown.joined(separator: ",") + (count > collectionReprLimit ? "..." : "") + "]"
}

/// The most items ``collRepr(_:)`` shows: ten, as fast.ai's `coll_repr` did when the book was written.
public let collectionReprLimit = 10
