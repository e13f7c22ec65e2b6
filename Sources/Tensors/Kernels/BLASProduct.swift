/// `c = a · b + beta · c` for row-major matrices through OpenBLAS (`sgemm` or `dgemm`; a plain
/// loop when it cannot be loaded), on the calling thread:
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
    guard let blas = OpenBLAS.shared else {
        plainProduct(
            m: m, n: n, k: k, a, lda: lda, transposeA: transposeA, b, ldb: ldb, transposeB: transposeB, beta: beta,
            c, ldc: ldc)
        return
    }
    let transA = transposeA ? OpenBLAS.transpose : OpenBLAS.noTranspose
    let transB = transposeB ? OpenBLAS.transpose : OpenBLAS.noTranspose
    if T.self == Float.self {
        blas.sgemm(
            OpenBLAS.rowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1,
            UnsafeRawPointer(a).assumingMemoryBound(to: Float.self), Int32(lda),
            UnsafeRawPointer(b).assumingMemoryBound(to: Float.self), Int32(ldb), Float(beta),
            UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self), Int32(ldc))
    } else {
        blas.dgemm(
            OpenBLAS.rowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1,
            UnsafeRawPointer(a).assumingMemoryBound(to: Double.self), Int32(lda),
            UnsafeRawPointer(b).assumingMemoryBound(to: Double.self), Int32(ldb), Double(beta),
            UnsafeMutableRawPointer(c).assumingMemoryBound(to: Double.self), Int32(ldc))
    }
}

/// The same product as `blasProduct` in plain loops, summed in float64, for a machine without OpenBLAS.
private func plainProduct<T: FloatScalar>(
    m: Int, n: Int, k: Int, _ a: UnsafePointer<T>, lda: Int, transposeA: Bool, _ b: UnsafePointer<T>,
    ldb: Int, transposeB: Bool, beta: T, _ c: UnsafeMutablePointer<T>, ldc: Int
) {
    for row in 0..<m {
        for column in 0..<n {
            var total = 0.0
            for i in 0..<k {
                let left = transposeA ? a[i * lda + row] : a[row * lda + i]
                let right = transposeB ? b[column * ldb + i] : b[i * ldb + column]
                total += left.doubleValue * right.doubleValue
            }
            let previous = beta == 0 ? 0 : beta.doubleValue * c[row * ldc + column].doubleValue
            c[row * ldc + column] = T(castingFrom: total + previous)
        }
    }
}
