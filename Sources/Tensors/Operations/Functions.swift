// The free-function spellings of element-wise operations (`torch.abs(t)`, `F.relu(t)`, `torch.maximum(a, b)`):
// each calls the method of the same name, so `try sigmoid(predictions)` is `try predictions.sigmoid()`.

/// The absolute values (`torch.abs`).
public func abs(_ t: Tensor) throws -> Tensor { try t.abs() }

/// The square roots (`torch.sqrt`); integers give float32.
public func sqrt(_ t: Tensor) throws -> Tensor { try t.sqrt() }

/// e to the elements (`torch.exp`).
public func exp(_ t: Tensor) throws -> Tensor { try t.exp() }

/// The natural logarithms (`torch.log`).
public func log(_ t: Tensor) throws -> Tensor { try t.log() }

/// The logistic function 1 / (1 + e^-x) (`torch.sigmoid`).
public func sigmoid(_ t: Tensor) throws -> Tensor { try t.sigmoid() }

/// max(x, 0) (`F.relu`).
public func relu(_ t: Tensor) throws -> Tensor { try t.relu() }

/// The hyperbolic tangents (`torch.tanh`).
public func tanh(_ t: Tensor) throws -> Tensor { try t.tanh() }

/// The element-wise maximum with broadcasting and type promotion; NaN wins (`torch.maximum`).
public func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a.max(b) }

/// The element-wise minimum with broadcasting and type promotion; NaN wins (`torch.minimum`).
public func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor { try a.min(b) }
