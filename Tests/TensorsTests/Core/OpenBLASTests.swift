import CKernels
import Foundation
import Testing

@testable import Tensors

/// OpenBLAS is opened with the same kernels on every machine that can run them, and leaves the environment as it
/// found it.
@Suite struct OpenBLASTests {
    @Test func loadsTheHaswellKernelsWhereTheCPUHasThem() throws {
        let blas = try #require(OpenBLAS.shared)
        if lesson_cpu_has_avx2_fma() != 0 {
            #expect(blas.coreName.lowercased() == "haswell")
        } else {
            #expect(!blas.coreName.isEmpty)
        }
    }

    @Test func settingsHoldOnlyWhileLoading() {
        let name = "LESSON_TEST_OPENBLAS_SETTING"
        setenv(name, "before", 1)
        defer { unsetenv(name) }
        let seen = OpenBLAS.withEnvironment([name: "while", "LESSON_TEST_UNSET": "set"]) {
            (String(cString: getenv(name)), getenv("LESSON_TEST_UNSET") != nil)
        }
        #expect(seen.0 == "while" && seen.1)
        #expect(String(cString: getenv(name)) == "before")
        #expect(getenv("LESSON_TEST_UNSET") == nil)
    }

    @Test func productsMatchAPlainSum() throws {
        manualSeed(3)
        let a = try randn([37, 53], dtype: .float64)
        let b = try randn([53, 29], dtype: .float64)
        let product = try matmul(a, b).elements(as: Double.self)
        let left = try a.elements(as: Double.self)
        let right = try b.elements(as: Double.self)
        for (row, column) in [(0, 0), (36, 28), (17, 5)] {
            let expected = (0..<53).reduce(0.0) { $0 + left[row * 53 + $1] * right[$1 * 29 + column] }
            #expect(abs(product[row * 29 + column] - expected) < 1e-9)
        }
    }
}
