import Foundation
import LessonScript
import Testing

/// Each program in `Programs/` runs as one cell; its printed output must equal what the real Swift compiler's
/// build of the same program printed. Each program in `Programs/Rejected/` is one that the Swift compiler
/// rejects: the interpreter must reject it too, with the compiler's first message at its line and column.
/// `Programs/record.sh` writes the `.expected` files with the real compiler.
struct DifferentialTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Programs")
    static let rejectedFolder = folder.appendingPathComponent("Rejected")

    static var programs: [String] { swiftFiles(in: folder) }
    static var rejectedPrograms: [String] { swiftFiles(in: rejectedFolder) }

    private static func swiftFiles(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) }.sorted()
    }

    @Test(arguments: rejectedPrograms)
    func programIsRejectedAsByTheCompiler(_ name: String) throws {
        let source = try String(
            contentsOf: Self.rejectedFolder.appendingPathComponent(name + ".swift"), encoding: .utf8)
        let expected = try String(
            contentsOf: Self.rejectedFolder.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let result = ScriptSession().run(source, origin: SourceOrigin(file: "main.swift"))
        let error = try #require(result.error, "the interpreter accepted a program that swiftc rejects")
        let position = error.position.map { "\($0.line):\($0.column)" } ?? "?"
        #expect("\(position): error: \(error.message)" == expected.trimmingCharacters(in: .newlines))
    }

    @Test(arguments: programs)
    func programMatchesCompiledSwift(_ name: String) throws {
        let source = try String(contentsOf: Self.folder.appendingPathComponent(name + ".swift"), encoding: .utf8)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent(name + ".expected"), encoding: .utf8)
        let result = ScriptSession().run(source, origin: SourceOrigin(file: name + ".swift"))
        #expect(result.error == nil, "\(result.error?.description ?? "")")
        let actual = result.printed.split(separator: "\n", omittingEmptySubsequences: false)
        let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, (got, want)) in zip(actual, wanted).enumerated() where got != want {
            Issue.record("line \(index + 1):\n  got:  \(got)\n  want: \(want)")
        }
        #expect(actual.count == wanted.count)
    }
}
