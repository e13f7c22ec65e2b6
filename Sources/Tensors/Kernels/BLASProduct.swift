import COpenBLAS

/// `c = a · b + beta · c` for row-major matrices through OpenBLAS (`sgemm` or `dgemm`), on the calling thread:
/// `a` is `m x k` (stored `k x m` when `transposeA`), `b` is `k x n` (stored `n x k` when `transposeB`), and `lda`,
/// `ldb`, `ldc` are the stored row lengths.
///
/// ```swift
/// blasProduct(m: 8, n: 196, k: 25, weight, lda: 25, columns, ldb: 196, beta: 0, output, ldc: 196)
/// ```
func blasProduct<T: FloatScalar>(
    m: Int, n: Int, k: Int, _ a: UnsafePointer<T>, lda: Int, transposeA: Bool = false, _ b: UnsafePointer<T>,
    ldb: Int, transposeB: Bool = false, beta: T, _ c: UnsafeMutablePointer<T>, ldc: Int
) {
    guard m > 0 && n > 0 else { return }
    _ = singleThreadedBLAS
    let transA = transposeA ? CblasTrans : CblasNoTrans
    let transB = transposeB ? CblasTrans : CblasNoTrans
    if T.self == Float.self {
        cblas_sgemm(
            CblasRowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1,
            UnsafeRawPointer(a).assumingMemoryBound(to: Float.self), Int32(lda),
            UnsafeRawPointer(b).assumingMemoryBound(to: Float.self), Int32(ldb), Float(beta),
            UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self), Int32(ldc))
    } else {
        cblas_dgemm(
            CblasRowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1,
            UnsafeRawPointer(a).assumingMemoryBound(to: Double.self), Int32(lda),
            UnsafeRawPointer(b).assumingMemoryBound(to: Double.self), Int32(ldb), Double(beta),
            UnsafeMutableRawPointer(c).assumingMemoryBound(to: Double.self), Int32(ldc))
    }
}
