import CFuzzer
import LessonDocument

/// libFuzzer's entry point for the lesson parser and rewriter. Any bytes: a lesson that is not UTF-8 must be
/// refused with an error; one that is must parse, and rewriting it
/// - with the outputs it already has gives back the same bytes (when no cell has extra output blocks), and
/// - with new outputs gives a lesson with the same cells that a second rewrite with those outputs leaves as is.
/// A property that fails traps, which libFuzzer reports as a crash with the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLesson(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    guard let lesson = try? Lesson(bytes: bytes) else { return 0 }
    let cells = lesson.cells
    let closed = cells.allSatisfy { cell in
        ([cell.block] + [cell.output].compactMap { $0 } + cell.extraOutputs).allSatisfy(\.isClosed)
    }
    guard closed else {
        if (try? lesson.rewritten(outputs: cells.map(\.expectedOutput))) != nil {
            fatalError("a lesson with an unclosed fence was rewritten")
        }
        return 0
    }
    do {
        if cells.allSatisfy(\.extraOutputs.isEmpty) {
            let same = try lesson.rewritten(outputs: cells.map(\.expectedOutput))
            if Array(same.utf8) != bytes { fatalError("rewriting with the same outputs changed the bytes") }
        }
        // New outputs made from the input itself, so libFuzzer explores them too: none, empty, text with fences.
        let outputs: [String?] = cells.indices.map { index in
            switch bytes[index % max(bytes.count, 1)] % 4 {
            case 0: nil
            case 1: ""
            case 2: "```\nline \(index)\n````\n"
            default: cells[index].source
            }
        }
        let updated = try lesson.rewritten(outputs: outputs)
        let reparsed = Lesson(text: updated)
        if reparsed.cells.map(\.source) != cells.map(\.source) { fatalError("rewriting changed a cell's source") }
        if try reparsed.rewritten(outputs: outputs) != updated { fatalError("a second rewrite changed the file") }
    } catch {
        fatalError("a lesson whose fences are closed could not be rewritten: \(error)")
    }
    return 0
}

/// The program's entry point (SwiftPM's name for it): libFuzzer's driver, with ``fuzzLesson(_:_:)`` as the input's test.
@_cdecl("FuzzLesson_main")
public func fuzzLessonMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (count, arguments) = (argc, argv)
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzLesson)
}
