/// One of N shares of the lessons, so that N CI jobs can each check a share and together check every lesson
/// (`lesson check --shard K/N`).
///
/// A lesson's shard follows from its own path alone: the 64-bit FNV-1a hash of its normalized path
/// (``LessonPaths/normalized(_:)``: `./lessons//x.md` is `lessons/x.md`), modulo N, plus one. So a lesson stays in its shard when
/// lessons are added or removed, and every job computes the same split without talking to the others. The
/// price of stability is balance: shares are equal only on average (with few lessons, a shard may be empty).
///
/// ```swift
/// let shard = try Shard(parsing: "2/4")
/// shard.contains("lessons/01-tensors.md")   // true for about a quarter of all paths
/// Shard.number(of: "./lessons//01-tensors.md", count: 4) == Shard.number(of: "lessons/01-tensors.md", count: 4)
/// ```
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// Which share, from 1 to ``count``.
    public let number: Int
    /// How many shares there are.
    public let count: Int

    /// What is wrong with a `K/N` that is not a shard.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The reason, naming the text given.
        public let description: String
    }

    /// Share `number` of `count` (`1...count`).
    ///
    /// - Throws: ``ParseError`` when `count` < 1 or `number` is not in `1...count`.
    public init(number: Int, of count: Int) throws(ParseError) {
        guard count >= 1 else { throw ParseError(description: "a shard count N must be at least 1") }
        guard (1...count).contains(number) else {
            throw ParseError(description: "shard \(number) of \(count): K must be from 1 to \(count)")
        }
        (self.number, self.count) = (number, count)
    }

    /// Reads `K/N`, e.g. `2/4`.
    ///
    /// - Throws: ``ParseError`` for anything but two positive whole numbers with K ≤ N.
    public init(parsing text: String) throws(ParseError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let number = Int(parts[0]), let count = Int(parts[1])
        else {
            throw ParseError(description: "`\(text)` is not K/N, such as 2/4 (the second of four shards)")
        }
        try self.init(number: number, of: count)
    }

    /// `K/N`.
    public var description: String { "\(number)/\(count)" }

    /// Whether the lesson at `path` belongs to this share.
    public func contains(_ path: String) -> Bool {
        Self.number(of: path, count: count) == number
    }

    /// The share (1...`count`) that the lesson at `path` belongs to.
    public static func number(of path: String, count: Int) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in LessonPaths.normalized(path).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(hash % UInt64(max(count, 1))) + 1
    }
}
