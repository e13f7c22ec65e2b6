import Foundation
import Testing

/// Cells read only below the lesson's folder, the data folders and the folders `--allow-read` adds; messages
/// name files inside those folders, not by the machine's paths.
@Suite struct CellReadAccessTests {
    @Test func cellsReadBelowTheLessonsFolderOnlyUnlessAllowed() throws {
        let scratch = try Scratch()
        for folder in ["course/pictures", "elsewhere"] {
            try FileManager.default.createDirectory(
                atPath: scratch.path + "/" + folder, withIntermediateDirectories: true)
        }
        try scratch.write(Array("not a picture".utf8), to: "course/pictures/broken.png")
        try scratch.write(Array("a secret".utf8), to: "elsewhere/secret.png")
        let elsewhere = scratch.path + "/elsewhere"
        try FileManager.default.createSymbolicLink(
            atPath: scratch.path + "/course/pictures/link.png", withDestinationPath: elsewhere + "/secret.png")
        let lesson = """
            ```swift
            Path("\(scratch.path)/course/pictures").ls().map { $0.name }
            ```

            ```swift
            Image.open("\(scratch.path)/course/pictures/broken.png")
            ```

            ```swift
            Path("\(elsewhere)").ls().count
            ```

            ```swift
            Image.open("course/pictures/link.png")
            ```

            ```swift
            Path("/etc/hostname").exists
            ```

            """
        try scratch.write(Array(lesson.utf8), to: "course/reading.md")
        let result = try CLI.run(["run", "course/reading.md"], in: scratch.path)
        let outside =
            "outside the folders cells may read (the lesson's folder and the data folders; --allow-read adds one)"
        let lsColumn = "Path(\"\(elsewhere)\").".utf8.count + 1
        #expect(
            result.stdout == """
                course/reading.md:1
                (#2) ["broken.png","link.png"]
                course/reading.md:5
                reading.md:6:7: error: pictures/broken.png: not a PNG file
                course/reading.md:9
                reading.md:10:\(lsColumn): error: \(elsewhere): \(outside)
                course/reading.md:13
                reading.md:14:7: error: course/pictures/link.png: \(outside)
                course/reading.md:17
                reading.md:18:23: error: /etc/hostname: \(outside)
                5 ran, 4 failed

                """)
        let allowed = try CLI.run(["run", "--allow-read", elsewhere, "course/reading.md"], in: scratch.path)
        #expect(allowed.stdout.contains("course/reading.md:9\n1\n"))
        #expect(allowed.stdout.contains("reading.md:14:7: error: secret.png: not a PNG file"))
    }

    @Test func allowReadNamesAFolderThatExists() throws {
        let result = try CLI.run(["run", "--allow-read", "/no/such/folder", "tour.md"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--allow-read: /no/such/folder: no such folder"))
    }
}
