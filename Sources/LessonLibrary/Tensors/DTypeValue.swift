import Tensors

/// A dtype as a cell value (`t.dtype`), displayed as PyTorch shows it: `torch.int64`.
final class DTypeValue {
    let dtype: DType

    init(_ dtype: DType) { self.dtype = dtype }
}
