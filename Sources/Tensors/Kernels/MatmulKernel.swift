/// How one matrix operand is handed to BLAS: its layout relative to row-major and its leading dimension.
private struct MatrixLayout {
    let transposed: Bool
    let leadingDimension: Int
    /// The distance between neighbouring rows and columns, in elements.
    let rowStride: Int
    let columnStride: Int

    /// The BLAS view of a `rows x columns` matrix with the given strides, or `nil` when BLAS cannot read it:
    /// neither dimension is unit stride, or rows (columns) are closer than a full row (column) apart, as in an
    /// expanded operand with stride 0 (the caller then takes the generic path).
    init?(rows: Int, columns: Int, rowStride: Int, columnStride: Int) {
        self.rowStride = rowStride
        self.columnStride = columnStride
        if (columnStride == 1 || columns == 1) && (rows == 1 || rowStride >= Swift.max(columns, 1)) {
            transposed = false
            leadingDimension = Swift.max(rowStride, columns, 1)
        } else if (rowStride == 1 || rows == 1) && (columns == 1 || columnStride >= Swift.max(rows, 1)) {
            transposed = true
            leadingDimension = Swift.max(columnStride, rows, 1)
        } else {
            return nil
        }
    }
}

/// `out[b] = a[b] @ b[b]` for every batch position `b`. `a`: `[batch..., m, k]`, `b`: `[batch..., k, n]`, both
/// already broadcast to the output's batch shape (stride 0 on repeated batches); `out` is contiguous
/// `[batch..., m, n]`. Floats go through OpenBLAS; integers use a plain triple loop.
func matmulKernel(out: Tensor, _ a: Tensor, _ aStrides: [Int], _ b: Tensor, _ bStrides: [Int]) {
    let rank = out.ndim
    let m = out.shape[rank - 2]
    let n = out.shape[rank - 1]
    let k = a.shape[a.ndim - 1]
    let batchShape = Array(out.shape.dropLast(2))
    let batches = StridedLoop(
        shape: batchShape, strides: [Array(aStrides.dropLast(2)), Array(bStrides.dropLast(2))])
    var aOffsets: [Int] = []
    var bOffsets: [Int] = []
    let aBatchStride = batches.innerStride(0)
    let bBatchStride = batches.innerStride(1)
    batches.forEachRun(in: 0..<batches.count) { offsets, length in
        for i in 0..<length {
            aOffsets.append(offsets.0 + i * aBatchStride)
            bOffsets.append(offsets.1 + i * bBatchStride)
        }
    }
    let aRow = aStrides[rank - 2]
    let aColumn = aStrides[rank - 1]
    let bRow = bStrides[rank - 2]
    let bColumn = bStrides[rank - 1]
    switch out.dtype {
    case .float32, .float64:
        let layoutA = MatrixLayout(rows: m, columns: k, rowStride: aRow, columnStride: aColumn)
        let layoutB = MatrixLayout(rows: k, columns: n, rowStride: bRow, columnStride: bColumn)
        if let blas = OpenBLAS.shared, let layoutA, let layoutB {
            for batch in aOffsets.indices {
                gemm(
                    blas, out: out, outOffset: batch * m * n, m: m, n: n, k: k,
                    a, aOffsets[batch], layoutA, b, bOffsets[batch], layoutB)
            }
            return
        }
        fallthrough
    default:
        struct Visitor: ElementTypeVisitor {
            let out: Tensor, a: Tensor, b: Tensor
            let aOffsets: [Int], bOffsets: [Int]
            let m: Int, n: Int, k: Int, aRow: Int, aColumn: Int, bRow: Int, bColumn: Int
            func visit<T: TensorScalar>(_ type: T.Type) {
                let o = out.pointer(as: T.self)
                let x = a.pointer(as: T.self)
                let y = b.pointer(as: T.self)
                for batch in aOffsets.indices {
                    let target = o + batch * m * n
                    for row in 0..<m {
                        for column in 0..<n {
                            target[row * n + column] = dot(
                                x + aOffsets[batch] + row * aRow, aColumn, y + bOffsets[batch] + column * bColumn,
                                bRow, k)
                        }
                    }
                }
            }

            private func dot<T: TensorScalar>(
                _ x: UnsafeMutablePointer<T>, _ xStride: Int, _ y: UnsafeMutablePointer<T>, _ yStride: Int, _ k: Int
            ) -> T {
                if T.dtype.isFloatingPoint {
                    var total = 0.0
                    for i in 0..<k { total += x[i * xStride].doubleValue * y[i * yStride].doubleValue }
                    return T(castingFrom: total)
                }
                var total: Int64 = 0
                for i in 0..<k { total &+= x[i * xStride].int64Value &* y[i * yStride].int64Value }
                return T(castingFrom: total)
            }
        }
        out.dtype.dispatch(
            Visitor(
                out: out, a: a, b: b, aOffsets: aOffsets, bOffsets: bOffsets, m: m, n: n, k: k,
                aRow: aRow, aColumn: aColumn, bRow: bRow, bColumn: bColumn))
    }
}

/// The rows or columns of the output one BLAS call computes.
private let blockSize = 64

/// One matrix product into the contiguous `m x n` block of `out` at `outOffset`, split into fixed blocks of rows
/// (or of columns, for wide results) computed in parallel.
private func gemm(
    _ blas: OpenBLAS, out: Tensor, outOffset: Int, m: Int, n: Int, k: Int,
    _ a: Tensor, _ aOffset: Int, _ layoutA: MatrixLayout, _ b: Tensor, _ bOffset: Int, _ layoutB: MatrixLayout
) {
    guard m > 0 && n > 0 else { return }
    if k == 0 {
        out.fill(with: .int(0))
        return
    }
    let splitRows = m >= n
    let extent = splitRows ? m : n
    let blocks = m * n * k < 1 << 18 ? 1 : (extent + blockSize - 1) / blockSize
    Parallelism.forEachRange(count: blocks, grain: 1) { range in
        for block in range {
            let first = blocks == 1 ? 0 : block * blockSize
            let last = blocks == 1 ? extent : Swift.min(first + blockSize, extent)
            if splitRows {
                blasProduct(
                    blas, out: out, outOffset: outOffset + first * n, m: last - first, n: n, k: k,
                    a, aOffset + first * layoutA.rowStride, layoutA, b, bOffset, layoutB)
            } else {
                blasProduct(
                    blas, out: out, outOffset: outOffset + first, m: m, n: last - first, k: k,
                    a, aOffset, layoutA, b, bOffset + first * layoutB.columnStride, layoutB, ldc: n)
            }
        }
    }
}

/// `C = A @ B` for one block through `sgemm` or `dgemm`; `ldc` is the output's row length.
private func blasProduct(
    _ blas: OpenBLAS, out: Tensor, outOffset: Int, m: Int, n: Int, k: Int,
    _ a: Tensor, _ aOffset: Int, _ layoutA: MatrixLayout, _ b: Tensor, _ bOffset: Int, _ layoutB: MatrixLayout,
    ldc: Int? = nil
) {
    let transA = layoutA.transposed ? OpenBLAS.transpose : OpenBLAS.noTranspose
    let transB = layoutB.transposed ? OpenBLAS.transpose : OpenBLAS.noTranspose
    let leadingC = Int32(ldc ?? n)
    if out.dtype == .float32 {
        blas.sgemm(
            OpenBLAS.rowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1,
            a.pointer(as: Float.self) + aOffset, Int32(layoutA.leadingDimension),
            b.pointer(as: Float.self) + bOffset, Int32(layoutB.leadingDimension),
            0, out.pointer(as: Float.self) + outOffset, leadingC)
    } else {
        blas.dgemm(
            OpenBLAS.rowMajor, transA, transB, Int32(m), Int32(n), Int32(k), 1,
            a.pointer(as: Double.self) + aOffset, Int32(layoutA.leadingDimension),
            b.pointer(as: Double.self) + bOffset, Int32(layoutB.leadingDimension),
            0, out.pointer(as: Double.self) + outOffset, leadingC)
    }
}
