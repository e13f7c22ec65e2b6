import Foundation
import PNGCodec
import Testing

@Suite struct BatchTests {
    @Test func resultsFollowInputOrder() throws {
        let names = Fixtures.decodable + Fixtures.broken + Fixtures.decodable.reversed()
        let results = PNGImage.decodeAll(paths: names.map(Fixtures.path))
        #expect(results.count == names.count)
        for (name, result) in zip(names, results) {
            switch result {
            case .success(let image):
                #expect(image.pixels == Fixtures.expected[name]?.pixels, "\(name)")
            case .failure(let error):
                #expect(Fixtures.expected[name]?.error == "\(error.kind)", "\(name)")
                #expect(error.path == Fixtures.path(name))
            }
        }
    }

    @Test func aCallersLoopGivesTheSameResults() {
        let paths = (Fixtures.decodable + Fixtures.broken).map(Fixtures.path)
        var order: [Int] = []
        let serial = PNGImage.decodeAll(paths: paths) { count, body in
            for index in (0..<count).reversed() {
                order.append(index)
                body(index)
            }
        }
        #expect(order == Array((0..<paths.count).reversed()))
        #expect("\(serial)" == "\(PNGImage.decodeAll(paths: paths))")
    }

    @Test func emptyInputGivesNoResults() {
        #expect(PNGImage.decodeAll(paths: []).isEmpty)
    }
}
