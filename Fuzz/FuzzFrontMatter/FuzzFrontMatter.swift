import CFuzzer
import LessonDocument

/// libFuzzer's entry point for front matter: the input is placed between `---` lines at the top of a lesson.
/// Reading it must never trap; whatever it holds is either entries or diagnostics, and every entry's location
/// lies inside the block.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let body = Array(UnsafeBufferPointer(start: start, count: count))
    let bytes = Array("---\n".utf8) + body + Array("\n---\n# Lesson\n".utf8)
    guard let lesson = try? Lesson(bytes: bytes) else { return 0 }
    guard let frontMatter = lesson.frontMatter else { return 0 }
    for entry in frontMatter.entries where entry.location.line < 2 || entry.location.line > frontMatter.endLine {
        fatalError("entry '\(entry.key)' placed on line \(entry.location.line), outside the front matter")
    }
    _ = (frontMatter.title, frontMatter.seed, frontMatter.timeout, frontMatter.tolerance, frontMatter.printOptions)
    return 0
}

/// The program's entry point (SwiftPM's name for it): libFuzzer's driver, with ``fuzzFrontMatter(_:_:)`` as the input's test.
@_cdecl("FuzzFrontMatter_main")
public func fuzzFrontMatterMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var (count, arguments) = (argc, argv)
    return LLVMFuzzerRunDriver(&count, &arguments, fuzzFrontMatter)
}
