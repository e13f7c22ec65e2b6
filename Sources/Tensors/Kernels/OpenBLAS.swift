import CKernels
import Foundation

/// OpenBLAS's matrix products, loaded when the first product runs, with the same kernels on every machine.
///
/// OpenBLAS picks its kernels by the CPU it finds (AVX-512 ones on a Cooper Lake, AVX2 ones on a Zen), and
/// different kernels add a product's terms in different orders: the same lesson would print `-35.0022` on one
/// machine and `-35.0023` on another, and committed HTML notes would be stale wherever they were not rendered.
/// So the library is not linked but opened here, after setting `OPENBLAS_CORETYPE=Haswell` wherever the CPU has
/// the AVX2 and FMA instructions those kernels need (every x86-64 CPU since 2013), and `OPENBLAS_NUM_THREADS=1`
/// (the engine splits products into fixed blocks on its own threads; see `matmulKernel`). OpenBLAS reads both
/// only while it loads, so they are set for that moment and restored right after.
///
/// ```swift
/// OpenBLAS.shared?.sgemm(rowMajor, noTranspose, noTranspose, m, n, k, 1, a, k, b, n, 0, c, n)
/// OpenBLAS.shared?.coreName   // "Haswell"
/// ```
struct OpenBLAS {
    typealias Index = Int32
    typealias SingleGemm =
        @convention(c) (
            Index, Index, Index, Index, Index, Index, Float, UnsafePointer<Float>?, Index, UnsafePointer<Float>?, Index,
            Float, UnsafeMutablePointer<Float>?, Index
        ) -> Void
    typealias DoubleGemm =
        @convention(c) (
            Index, Index, Index, Index, Index, Index, Double, UnsafePointer<Double>?, Index, UnsafePointer<Double>?,
            Index, Double, UnsafeMutablePointer<Double>?, Index
        ) -> Void

    /// CBLAS's values for the layout and transpose arguments (cblas.h).
    static let rowMajor: Index = 101
    static let noTranspose: Index = 111
    static let transpose: Index = 112

    /// `cblas_sgemm`: `C = alpha * op(A) @ op(B) + beta * C` in float32.
    let sgemm: SingleGemm
    /// `cblas_dgemm`, the same in float64.
    let dgemm: DoubleGemm
    /// The kernels OpenBLAS chose, as it names them (`"Haswell"`).
    let coreName: String

    /// The library, or `nil` when it cannot be loaded (products then take the engine's plain loops).
    static let shared: OpenBLAS? = load()

    /// The library names tried in turn: the runtime package's soname first, then the development symlink.
    private static let libraryNames = ["libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"]

    private static func load() -> OpenBLAS? {
        var settings = ["OPENBLAS_NUM_THREADS": "1"]
        if lesson_cpu_has_avx2_fma() != 0 { settings["OPENBLAS_CORETYPE"] = "Haswell" }
        let handle = withEnvironment(settings) {
            libraryNames.lazy.compactMap { dlopen($0, RTLD_NOW | RTLD_LOCAL) }.first
        }
        guard let handle,
            let sgemm = dlsym(handle, "cblas_sgemm"), let dgemm = dlsym(handle, "cblas_dgemm"),
            let corename = dlsym(handle, "openblas_get_corename")
        else { return nil }
        typealias CoreName = @convention(c) () -> UnsafePointer<CChar>?
        let name = unsafeBitCast(corename, to: CoreName.self)().map { String(cString: $0) } ?? ""
        return OpenBLAS(
            sgemm: unsafeBitCast(sgemm, to: SingleGemm.self), dgemm: unsafeBitCast(dgemm, to: DoubleGemm.self),
            coreName: name)
    }

    /// Runs `body` with `settings` in the environment, then puts back what was there.
    static func withEnvironment<R>(_ settings: [String: String], _ body: () -> R) -> R {
        let saved = settings.keys.map { ($0, getenv($0).map { String(cString: $0) }) }
        for (name, value) in settings { setenv(name, value, 1) }
        defer {
            for (name, value) in saved {
                if let value { setenv(name, value, 1) } else { unsetenv(name) }
            }
        }
        return body()
    }
}
