import Testing

@testable import Tensors

/// Results do not depend on the thread count, and seeded random numbers are the same on every run.
@Suite struct DeterminismTests {
    /// `body` run with 1 and then 2 kernel threads (restoring the setting), as bit patterns.
    func withOneAndTwoThreads(_ body: () throws -> Tensor) rethrows -> ([UInt64], [UInt64]) {
        let saved = Parallelism.threadCount
        defer { Parallelism.threadCount = saved }
        Parallelism.threadCount = 1
        let one = try storedValues(body()).map(\.bitPattern)
        Parallelism.threadCount = 2
        let two = try storedValues(body()).map(\.bitPattern)
        return (one, two)
    }

    @Test func reductionsAreBitIdenticalForOneAndTwoThreads() throws {
        manualSeed(7)
        let flat = try randn([(1 << 17) + 123])  // parallel block sums
        let rows = try randn([256, 512])  // one contiguous run per output
        let tall = try randn([128, 600])  // reducing the outer dimension: one block of rows
        let images = try randn([1000, 7, 40])  // reducing outer dimensions: rows split into blocks across threads
        let wide64 = try randn([100, 700], dtype: .float64)
        let cases: [(String, () throws -> Tensor)] = [
            ("sum", { try flat.sum() }),
            ("mean", { try flat.mean() }),
            ("sum of rows", { try rows.sum(1) }),
            ("mean of columns", { try tall.mean(0) }),
            ("sum over transposed", { try rows.t().sum(0) }),
            ("mean over all, 2-D", { try rows.mean() }),
            ("std", { try tall.std(0) }),
            ("mean of images", { try images.mean(0) }),
            ("sum over two outer dimensions", { try images.sum([0, 1]) }),
            ("float64 sum", { try wide64.sum() }),
            ("float64 mean of columns", { try wide64.mean(0) }),
            ("element-wise", { try (flat * 2 + 1).sigmoid().sum() }),
        ]
        for (name, body) in cases {
            let (one, two) = try withOneAndTwoThreads(body)
            #expect(one == two, "\(name)")
        }
    }

    @Test func sumsAreAccurate() throws {
        // A million copies of 0.1 sum to 100000 within float32's blocked-summation error (a naive running sum
        // would be off by about 1000).
        let total = try full([1_000_000], 0.1).sum()
        #expect(Swift.abs(storedValues(total)[0] - 100_000) < 1)
    }

    @Test func columnSumsMatchADoubleReference() throws {
        // 1003 rows: several blocks of rows plus three rows left over after the groups of four.
        manualSeed(3)
        let values = try randn([1003, 37])
        let stored = try storedValues(values)
        let sums = try storedValues(values.sum(0))
        for column in 0..<37 {
            let reference = (0..<1003).reduce(0.0) { $0 + stored[$1 * 37 + column] }
            #expect(Swift.abs(sums[column] - reference) < 1e-3, "column \(column)")
        }
    }

    @Test func sameSeedSameNumbers() throws {
        manualSeed(42)
        let first = try (randn([3, 4]), rand([5]), randperm(10), randint(0, 100, [4]))
        manualSeed(42)
        let second = try (randn([3, 4]), rand([5]), randperm(10), randint(0, 100, [4]))
        #expect(storedValues(first.0) == storedValues(second.0))
        #expect(storedValues(first.1) == storedValues(second.1))
        #expect(storedIntegers(first.2) == storedIntegers(second.2))
        #expect(storedIntegers(first.3) == storedIntegers(second.3))
        manualSeed(43)
        #expect(try storedValues(randn([3, 4])) != storedValues(first.0))
    }

    @Test func seededNumbersAreStableAcrossVersions() throws {
        // Regression values of the library's own generator (xoshiro256** seeded by SplitMix64, Box-Muller for
        // normals). They need not match PyTorch's; they must not change, or every seeded lesson output changes.
        manualSeed(42)
        let normals = try randn([6]).elements(as: Float.self)
        let uniforms = try rand([4]).elements(as: Float.self)
        let permutation = try randperm(8).elements(as: Int64.self)
        let integers = try randint(-3, 3, [5]).elements(as: Int64.self)
        #expect(normals == expectedNormals)
        #expect(uniforms == expectedUniforms)
        #expect(permutation == expectedPermutation)
        #expect(integers == expectedIntegers)
        let doubles = try randn([2], dtype: .float64).elements(as: Double.self)
        #expect(doubles == expectedDoubles)
    }

    @Test func randomShapesAndRanges() throws {
        manualSeed(0)
        let uniforms = try rand([10_000])
        let values = storedValues(uniforms)
        #expect(values.allSatisfy { $0 >= 0 && $0 < 1 })
        let permutation = try storedIntegers(randperm(100)).sorted()
        #expect(permutation == (0..<100).map(Int64.init))
        #expect(try randn(3).shape == [3] && randn(2, 3).shape == [2, 3] && rand(4).dtype == .float32)
        let normals = storedValues(try randn([20_000]))
        let mean = normals.reduce(0, +) / Double(normals.count)
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(normals.count)
        #expect(Swift.abs(mean) < 0.05 && Swift.abs(variance - 1) < 0.05)
    }

    @Test func eachThreadHasItsOwnGenerator() async throws {
        manualSeed(5)
        let here = try storedValues(randn([4]))
        let there = try await Task.detached {
            manualSeed(5)
            return try storedValues(randn([4]))
        }.value
        #expect(here == there)
    }
}

private let expectedNormals: [Float] = [-0.30326307, 0.28846174, 1.3438118, -0.68797517, 0.3834618, -3.075899]
private let expectedUniforms: [Float] = [0.7192586, 0.8500084, 0.76137435, 0.5833493]
private let expectedPermutation: [Int64] = [0, 5, 3, 7, 2, 4, 6, 1]
private let expectedIntegers: [Int64] = [-3, 0, 1, -2, -2]
private let expectedDoubles: [Double] = [-0.8580664005567996, -0.6401722313415721]
