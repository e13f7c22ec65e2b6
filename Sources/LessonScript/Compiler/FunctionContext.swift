/// The compile-time view of one function body (or of a cell's top-level code): which names are its locals (by
/// slot), which it captures from enclosing functions, and the type whose methods it is part of.
final class FunctionContext {
    /// Where a captured variable comes from in the enclosing function's frame.
    enum CaptureSource {
        case local(Int)
        case captured(Int)
    }

    /// How a name resolves in this function.
    enum Reference {
        case local(Int)
        case captured(Int)
    }

    let parent: FunctionContext?
    /// The cell's top-level code: declarations in its outermost block are globals.
    let isTopLevel: Bool
    /// The type whose instance (or static, when `isStatic`) members are reachable without `self.`.
    let memberType: TypeDefinition?
    let isStatic: Bool
    /// An `init` body, where `super.init(...)` and `self.init(...)` may be called.
    let isInitializer: Bool
    private var blocks: [[String: Int]] = [[:]]
    private(set) var slotCount = 0
    private(set) var captureSources: [CaptureSource] = []
    private var captureIndices: [String: Int] = [:]
    private var predeclaredFunctions: [String: Int] = [:]

    init(
        parent: FunctionContext?, isTopLevel: Bool = false, memberType: TypeDefinition? = nil, isStatic: Bool = false,
        isInitializer: Bool = false
    ) {
        self.parent = parent
        self.isTopLevel = isTopLevel
        self.isInitializer = isInitializer
        self.memberType = memberType ?? parent?.memberType
        self.isStatic = memberType == nil ? (parent?.isStatic ?? false) : isStatic
    }

    /// Whether a declaration here would be a global (the top-level code's outermost block).
    var declaresGlobals: Bool { isTopLevel && blocks.count == 1 }

    func pushBlock() { blocks.append([:]) }
    func popBlock() { blocks.removeLast() }

    /// Runs `body` in a new block scope. Always inlined, so the closures `body` returns keep their direct calling
    /// convention instead of passing through generic `T`.
    @inline(__always)
    func withBlock<T>(_ body: () throws -> T) rethrows -> T {
        pushBlock()
        defer { popBlock() }
        return try body()
    }

    /// A new local slot for `name` in the innermost block.
    /// Declaring a name again in the same block (the patterns of one `case a, b:`) reuses its slot.
    func declareLocal(_ name: String) -> Int {
        if name != "_", let existing = blocks[blocks.count - 1][name] { return existing }
        let slot = slotCount
        slotCount += 1
        if name != "_" { blocks[blocks.count - 1][name] = slot }
        return slot
    }

    /// Declares a local function's slot at the start of its block, so functions of the block can refer to each
    /// other (and themselves) before the declaration runs.
    func predeclareFunction(_ name: String) -> Int {
        let slot = declareLocal(name)
        predeclaredFunctions[name] = slot
        return slot
    }

    /// The slot `predeclareFunction` gave `name`, once.
    func predeclaredSlot(_ name: String) -> Int? {
        predeclaredFunctions.removeValue(forKey: name)
    }

    /// A slot that no name refers to (temporary storage).
    func reserveSlot() -> Int {
        slotCount += 1
        return slotCount - 1
    }

    /// The local or captured variable `name` refers to, or `nil` for globals and members.
    func resolve(_ name: String) -> Reference? {
        for block in blocks.reversed() {
            if let slot = block[name] { return .local(slot) }
        }
        if let index = captureIndices[name] { return .captured(index) }
        guard let parent, let outer = parent.resolve(name) else { return nil }
        let source: CaptureSource =
            switch outer {
            case .local(let slot): .local(slot)
            case .captured(let index): .captured(index)
            }
        captureSources.append(source)
        captureIndices[name] = captureSources.count - 1
        return .captured(captureSources.count - 1)
    }

    /// Whether `name` is a local or captured variable here, without recording a capture.
    func hasLocal(_ name: String) -> Bool {
        blocks.contains { $0[name] != nil } || captureIndices[name] != nil || parent?.hasLocal(name) == true
    }

    /// The variables a closure compiled in this context captures, taken from the running enclosing frame.
    func captures(from frame: Frame) -> [Variable] {
        captureSources.map { source in
            switch source {
            case .local(let slot): frame.slots[slot]
            case .captured(let index): frame.captures[index]
            }
        }
    }

    /// The names declared so far (for "did you mean" suggestions).
    var visibleNames: [String] {
        blocks.flatMap(\.keys) + captureIndices.keys + (parent?.visibleNames ?? [])
    }
}
