/// How many checkpoints the worker keeps, and how much memory they may hold on their own together. Past either,
/// the checkpoints that save the least running time go; an edit above the remaining ones runs from an earlier
/// one (at worst from the fresh process: a full run).
///
/// ```swift
/// CheckpointLimits(count: 8, memory: 1 << 30)
/// CheckpointLimits(count: 0)   // no checkpoints: every edit of a cell runs the lesson again from the start
/// ```
public struct CheckpointLimits: Codable, Sendable, Equatable {
    /// The most checkpoints kept (the fresh process, which every worker keeps, is not counted).
    public var count: Int
    /// The most bytes their private memory may come to together.
    public var memory: Int

    /// The default count.
    public static let defaultCount = 32

    /// The default memory: an eighth of the physical memory.
    public static var defaultMemory: Int { ProcessMemory.physicalBytes / 8 }

    /// Limits; by default 32 checkpoints in an eighth of the physical memory.
    public init(count: Int = defaultCount, memory: Int = defaultMemory) {
        self.count = count
        self.memory = memory
    }
}
