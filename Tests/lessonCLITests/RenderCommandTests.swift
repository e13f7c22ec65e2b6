import Foundation
import Testing

@Suite struct RenderCommandTests {
    private let lesson = Array("# L\n\n```swift\n1 + 1\n```\n".utf8)

    @Test func twoLessonsWithOnePageAreNeverWrittenOverEachOther() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.path + "/work/other", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: scratch.path + "/other", withIntermediateDirectories: true)
        try scratch.write(lesson, to: "other/l.md")
        try scratch.write(Array("# Another\n\n```swift\n2\n```\n".utf8), to: "work/other/l.md")
        let result = try CLI.run(["render", "../other/l.md", "other/l.md", "-o", "out"], in: scratch.path + "/work")
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "other/l.md: error: its page would be out/other/l.html, the page of ../other/l.md; render it "
                + "into another folder (-o)\n")
        #expect(result.stdout == "wrote out/other/l.html\nwrote out/index.html\n1 passed, 0 failed, 1 file not run\n")
        let page = try scratch.read("work/out/other/l.html")
        #expect(page.contains("<title>L</title>"))
    }

    @Test func theSameLessonNamedTwiceIsRenderedOnce() throws {
        let scratch = try Scratch()
        try scratch.write(lesson, to: "l.md")
        let result = try CLI.run(["render", "l.md", "./l.md", ".", "-o", "out"], in: scratch.path)
        #expect(result.status == 0)
        #expect(result.stdout == "wrote out/l.html\nwrote out/index.html\n1 passed, 0 failed\n")
    }

    @Test func aLessonNamedIndexWouldBeTheIndexPageAndIsRefused() throws {
        let scratch = try Scratch()
        try scratch.write(lesson, to: "index.md")
        let result = try CLI.run(["render", "index.md", "-o", "out"], in: scratch.path)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("index.md: error: its page would be out/index.html, the page of index.html"))
    }

    @Test func indexLinksArePercentEncoded() throws {
        let scratch = try Scratch()
        try scratch.write(lesson, to: "a #1?.md")
        let result = try CLI.run(["render", "a #1?.md", "-o", "out"], in: scratch.path)
        #expect(result.status == 0)
        let index = try scratch.read("out/index.html")
        #expect(index.contains("<a href=\"a%20%231%3F.html\">"))
        #expect(FileManager.default.fileExists(atPath: scratch.path + "/out/a #1?.html"))
    }
}
