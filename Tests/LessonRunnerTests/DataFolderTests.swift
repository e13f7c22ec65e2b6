import Foundation
import Testing

@testable import LessonRunner

/// Each runner passes its data folder down to its lessons' sessions; nothing goes through the environment.
@Suite struct DataFolderTests {
    /// A data folder whose `mnist_sample` holds one file named after the folder.
    private func dataFolder(marked mark: String, in scratch: TemporaryFolder) throws -> String {
        try scratch.write("", to: "\(mark)/mnist_sample/only-in-\(mark)")
        return scratch.path + "/" + mark
    }

    private let lesson = cell("untarData(URLs.mnistSample).ls()")

    @Test func lessonsWithDifferentDataFoldersEachSeeTheirOwnSideBySide() throws {
        let scratch = try TemporaryFolder()
        let runners = try ["first", "second"].map { LessonRunner(dataFolder: try dataFolder(marked: $0, in: scratch)) }
        let inputs = try [input(lesson), input(lesson)]
        var listings: [String?] = []
        OrderedWork.run(count: 2, jobs: 2) { index in
            runners[index].run(inputs[index]).cells[0].text
        } deliver: { _, text in
            listings.append(text)
        }
        #expect(listings == ["[Path('only-in-first')]", "[Path('only-in-second')]"])
        #expect(ProcessInfo.processInfo.environment[LessonRunner.dataFolderVariable] != scratch.path + "/first")
    }

    @Test func withoutADataFolderCellsFindTheProjectsSample() throws {
        let run = try run(lesson, runner: LessonRunner(dataFolder: nil))
        #expect(run.cells[0].text == "[Path('train'), Path('valid')]")
    }
}
