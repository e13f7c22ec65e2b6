/// How tensors print, with PyTorch's defaults (`torch.set_printoptions`).
///
/// ```swift
/// setPrintOptions(precision: 2, linewidth: 200)
/// ```
public struct PrintOptions: Sendable, Equatable {
    /// Digits after the decimal point.
    public var precision = 4
    /// Above this many elements a tensor is summarised with `...`.
    public var threshold = 1000
    /// The number of items shown at each end of a summarised dimension.
    public var edgeItems = 3
    /// The width at which lines wrap.
    public var lineWidth = 80
    /// Forces scientific notation on (`true`) or off (`false`); `nil` lets PyTorch's rule decide.
    public var scientificMode: Bool?

    /// PyTorch's defaults.
    public init() {}
}

/// Changes how tensors print on this thread (`torch.set_printoptions`). Arguments left out keep their value, except
/// `sciMode`, which goes back to PyTorch's automatic choice (`nil`) unless given, as it does in PyTorch.
///
/// ```swift
/// setPrintOptions(precision: 2, linewidth: 200)
/// try tensor([1.12345]).description   // tensor([1.12])
/// ```
public func setPrintOptions(
    precision: Int? = nil, threshold: Int? = nil, edgeitems: Int? = nil, linewidth: Int? = nil, sciMode: Bool? = nil
) {
    let context = TensorContext.current
    if let precision { context.printOptions.precision = precision }
    if let threshold { context.printOptions.threshold = threshold }
    if let edgeitems { context.printOptions.edgeItems = edgeitems }
    if let linewidth { context.printOptions.lineWidth = linewidth }
    context.printOptions.scientificMode = sciMode
}
