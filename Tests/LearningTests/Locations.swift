import Foundation
import Learning

/// Folders the tests read: this target's fixtures, PNGCodec's fixtures, the sample the project ships and the
/// shared full MNIST data (optional: tests that need it are skipped without it).
enum Locations {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // LearningTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let fixtures = Path(repository.appendingPathComponent("Tests/LearningTests/Fixtures").path)
    static let pngFixtures = Path(repository.appendingPathComponent("Tests/PNGCodecTests/Fixtures").path)
    static let projectData = Path(repository.appendingPathComponent("data").path)
    static let sharedData = Path(repository.deletingLastPathComponent().appendingPathComponent("shared/data").path)
    static var hasSharedData: Bool { (sharedData / "mnist_sample").isDirectory }

    /// The project's sample found from the repository, whatever `$LESSON_DATA` says.
    static let shipped = DataLocations(dataDirectory: nil, searchStarts: [repository.path])
    /// The shared full data.
    static let shared = DataLocations(dataDirectory: sharedData.string, searchStarts: [])

    /// The description of the error `body` throws, or `nil` when it throws none.
    static func errorText(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return String(describing: error)
        }
    }
}
