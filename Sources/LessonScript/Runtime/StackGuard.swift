/// Keeps a cell from running out of stack: deep recursion, a deeply nested value being printed or compared, a
/// deeply nested expression being compiled. Each check compares the current stack position with a low-water mark
/// set when the cell's thread starts, so the limit counts the stack actually used, whatever each level costs (a
/// release build's frames are smaller than a debug build's, a call through a closure larger than a plain one).
///
/// ```swift
/// var stack = StackGuard()
/// stack.arm(stackSize: 512 << 20)   // first thing on a thread with a 512 MiB stack
/// stack.isExhausted                 // true once less than the reserve is left
/// ```
struct StackGuard {
    /// The lowest stack address a check allows; 0 (the default) lets every check pass, for code that runs on a
    /// thread the session did not create.
    private var lowestAddress: UInt = 0

    /// Arms the guard for the calling thread, whose stack holds `stackSize` bytes and which has used little of
    /// it so far. A quarter of the stack (at most 64 MiB) stays in reserve for the work between two checks: a
    /// library call, an expression's evaluation, the error's way back up.
    mutating func arm(stackSize: Int) {
        let reserve = min(max(stackSize / 4, 256 << 10), 64 << 20)
        let usable = UInt(max(stackSize - reserve, 0))
        let top = currentStackAddress()
        lowestAddress = top > usable ? top - usable : 0
    }

    /// Whether the stack has come down to its reserve.
    @inline(__always)
    var isExhausted: Bool { currentStackAddress() < lowestAddress }
}

/// The address of a local of the calling function: where the stack is now (stacks grow down on every platform
/// the interpreter runs on).
@inline(__always)
private func currentStackAddress() -> UInt {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
}
