import Foundation

/// The committed fixtures (written by `Fixtures/make_fixtures.py`) and the values Python decoded from them.
enum Fixtures {
    /// What one fixture must decode to, or the error kind it must raise.
    struct Expected: Decodable {
        var width: Int?
        var height: Int?
        var channels: Int?
        var pixels: [UInt8]?
        var samples16: [UInt16]?
        var error: String?
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures")

    /// The MNIST sample shared by the project's machines; optional, so the tests run without it.
    static let mnistDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // PNGCodecTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // the repository
        .deletingLastPathComponent()
        .appendingPathComponent("shared/data/mnist_sample")

    static let expected = load("expected.json")
    static let mnistExpected = load("mnist_expected.json")

    static var decodable: [String] { expected.keys.filter { expected[$0]?.error == nil }.sorted() }
    static var broken: [String] { expected.keys.filter { expected[$0]?.error != nil }.sorted() }

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// An empty table if the file is missing or unreadable; a test checks the table is not empty.
    private static func load(_ name: String) -> [String: Expected] {
        guard let data = try? Data(contentsOf: directory.appendingPathComponent(name)) else { return [:] }
        return (try? JSONDecoder().decode([String: Expected].self, from: data)) ?? [:]
    }
}
