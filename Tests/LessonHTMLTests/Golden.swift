import Foundation
import Testing

/// Golden HTML fragments in `Goldens/`: a fragment must equal its file byte for byte. Set
/// `LESSON_RECORD_GOLDENS=1` to write the files from the current output instead (then review the diff).
///
/// PNG data in `data:` URIs is replaced by `…` before comparing: its bytes depend on the zlib build, and the
/// pixels are checked by decoding them in `ImageOutputTests`.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["LESSON_RECORD_GOLDENS"] == "1" }

    static func check(_ html: String, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let actual = withoutPNGData(html)
        let file = folder.appendingPathComponent(name + ".html")
        if isRecording {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden \(name).html; run with LESSON_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(
            actual == expected, "\(name).html differs; LESSON_RECORD_GOLDENS=1 records it",
            sourceLocation: sourceLocation)
    }

    /// The HTML with every base64 PNG payload replaced by `…`.
    static func withoutPNGData(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        let marker = "data:image/png;base64,"
        while let start = rest.range(of: marker) {
            result += rest[..<start.upperBound] + "…"
            rest = rest[start.upperBound...].drop { $0 != "\"" }
        }
        return result + rest
    }
}
