import CKernels
import Testing

@testable import Tensors

/// The CKernels loops (AVX2 or baseline, whichever this CPU picks) give the same bits as the Swift element
/// functions they stand in for, for every operand layout, on awkward values and lengths.
@Suite struct VectorKernelTests {
    /// Values with signed zeros, infinities, NaN, subnormals and ordinary numbers; 67 of them, so vector loops
    /// also run their scalar tails.
    private let left: [Float] = (0..<67).map { i in
        let specials: [Float] = [0, -0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, 255, -1e30]
        return i < specials.count ? specials[i] : Float(i * 37 % 101) / 7 - 5
    }
    private var right: [Float] { left.reversed().map { $0 == 0 ? 3 : $0 } }

    private func sameBits(_ a: [Float], _ b: [Float]) -> Bool {
        zip(a, b).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) } && a.count == b.count
    }

    private func check<F: BinaryElementFunction>(_ function: F) throws
    where F.Left == Float, F.Right == Float, F.Output == Float {
        let run = try #require(F.contiguousRun)
        for (aStep, bStep) in [(1, 1), (1, 0), (0, 1), (0, 0)] {
            var out = [Float](repeating: 0, count: left.count)
            let expected = left.indices.map { i in function(left[aStep * i], right[bStep * i]) }
            left.withUnsafeBytes { a in
                right.withUnsafeBytes { b in
                    out.withUnsafeMutableBytes { o in
                        run(a.baseAddress!, aStep, b.baseAddress!, bStep, o.baseAddress!, left.count)
                    }
                }
            }
            #expect(sameBits(out, expected), "\(F.self) steps \(aStep), \(bStep)")
        }
    }

    @Test func arithmeticMatchesTheSwiftFunctions() throws {
        try check(FloatAdd<Float>())
        try check(FloatSubtract<Float>())
        try check(FloatMultiply<Float>())
        try check(FloatDivide<Float>())
    }

    @Test func absoluteAndByteConversionMatchTheSwiftFunctions() throws {
        let absolute = try #require(FloatAbsolute<Float>.contiguousRun)
        var out = [Float](repeating: 0, count: left.count)
        left.withUnsafeBytes { a in out.withUnsafeMutableBytes { absolute(a.baseAddress!, $0.baseAddress!, left.count) }
        }
        #expect(sameBits(out, left.map { FloatAbsolute<Float>()($0) }))

        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 * 7) }
        let convert = try #require(CastNarrowIntegerToFloat<UInt8, Float>.contiguousRun)
        var floats = [Float](repeating: 0, count: bytes.count)
        bytes.withUnsafeBytes { a in floats.withUnsafeMutableBytes { convert(a.baseAddress!, $0.baseAddress!, 300) } }
        #expect(floats == bytes.map { Float($0) })
    }

    @Test func otherElementTypesKeepTheSwiftLoops() {
        #expect(FloatAdd<Double>.contiguousRun == nil)
        #expect(FloatAbsolute<Double>.contiguousRun == nil)
        #expect(CastNarrowIntegerToFloat<Int32, Float>.contiguousRun == nil)
        #expect(FloatPower<Float>.contiguousRun == nil)
    }

    /// The documented summation order, written out in Swift.
    private func referenceSum(_ values: [Float]) -> Float {
        var total: Float = 0
        for start in stride(from: 0, to: values.count, by: 4096) {
            let end = min(start + 4096, values.count)
            var lanes = [Float](repeating: 0, count: 16)
            var i = start
            while i + 16 <= end {
                for j in 0..<16 { lanes[j] += values[i + j] }
                i += 16
            }
            var width = 8
            while width >= 1 {
                for j in 0..<width { lanes[j] += lanes[j + width] }
                width /= 2
            }
            var block = lanes[0]
            while i < end {
                block += values[i]
                i += 1
            }
            total += block
        }
        return total
    }

    @Test func sumsFollowTheDocumentedOrder() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 15, 16, 17, 4095, 4096, 4097, 10_000] {
            let values = (0..<count).map { _ in Float.random(in: -1000...1000, using: &generator) }
            let sum = values.withUnsafeBufferPointer { lesson_f32_sum($0.baseAddress, count) }
            #expect(sum.bitPattern == referenceSum(values).bitPattern, "\(count) elements")
        }
    }
}
