import CFuzzer
import Foundation
import LessonLibrary
import LessonScript
import Tensors

/// The lesson library's bindings, made once: a table holds closures that refer to its own registrations, so
/// each table made stays in memory, which a new one per input would make grow without end.
private let bindings = LessonLibrary.bindings()

/// libFuzzer's entry point for the cell parser, compiler and interpreter, with the lesson library bound: the
/// input is one cell's source, run in a fresh session under small limits (1 s, 64 MiB of values, 256 MiB of
/// tensors). Whatever it holds, the cell must end with a result or a located error, and a next cell must run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCell(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    MemoryBudget.shared.limit = 256 << 20
    let context = TensorContext()
    let session = ScriptSession(bindings: bindings, options: .init(timeLimit: 1, memoryLimit: 64 << 20)) {
        TensorContext.current = context
    }
    context.interruptionCheck = { [weak session] in try session?.checkTimeLimit() }
    let origin = SourceOrigin(file: "fuzz.md", line: 3)
    let result = session.run(source, origin: origin)
    if let error = result.error, error.kind != .timeout, error.position == nil {
        fatalError("an error without a location: \(error.message)")
    }
    if session.run("1 + 1", origin: origin).valueText != "2" { fatalError("the next cell did not run") }
    return 0
}

/// The program's entry point (SwiftPM's name for it): libFuzzer's driver, with ``fuzzCell(_:_:)`` as the input's test.
@_cdecl("FuzzCell_main")
public func fuzzCellMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (count, arguments) = (argc, argv)
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzCell)
}
