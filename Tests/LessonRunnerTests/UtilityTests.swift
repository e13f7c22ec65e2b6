import Foundation
import Testing

@testable import LessonRunner

@Suite struct UtilityTests {
    @Test func readsSizes() {
        #expect(ByteSize.parse("2G") == 2 << 30)
        #expect(ByteSize.parse("512M") == 512 << 20)
        #expect(ByteSize.parse("512m") == 512 << 20)
        #expect(ByteSize.parse("64KiB") == 64 << 10)
        #expect(ByteSize.parse("1GB") == 1 << 30)
        #expect(ByteSize.parse("1.5G") == 3 << 29)
        #expect(ByteSize.parse("4096") == 4096)
        #expect(ByteSize.parse("1T") == 1 << 40)
        for bad in ["", "G", "lots", "-1G", "0", "2Q", "1e3", "99999999T", " 2G"] {
            #expect(ByteSize.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func deliversParallelWorkInOrder() {
        for jobs in [1, 3, 8] {
            var delivered: [Int] = []
            OrderedWork.run(count: 20, jobs: jobs) { index in
                usleep(UInt32((20 - index) * 300))
                return index * index
            } deliver: { index, square in
                #expect(square == index * index)
                delivered.append(index)
            }
            #expect(delivered == Array(0..<20))
        }
    }
}
