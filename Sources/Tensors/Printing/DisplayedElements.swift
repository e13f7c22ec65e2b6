/// One element as printing sees it: the float64 value of a floating-point element (what Python's `tolist()`
/// gives), an integer, or a Boolean.
enum DisplayedValue {
    case floatingPoint(Double)
    case integer(Int64)
    case boolean(Bool)
}

/// The indices of one dimension that a print shows (`get_summarized_data`): all of them, or, when the tensor is
/// summarised and the dimension has more than `2 * edgeItems` entries, the first and last `edgeItems` with `...`
/// between them.
struct ShownIndices {
    /// The indices shown before the `...`, or all of them.
    let head: Range<Int>
    /// The indices shown after the `...`; `nil` when nothing is left out.
    let tail: Range<Int>?

    init(size: Int, summarize: Bool, edgeItems: Int) {
        if summarize && size > 2 * edgeItems {
            head = 0..<edgeItems
            tail = (size - edgeItems)..<size
        } else {
            head = 0..<size
            tail = nil
        }
    }
}

extension Tensor {
    /// The elements a print shows, in the order it shows them. Only those are read, so printing a summarised
    /// `[6131, 28, 28]` tensor touches 216 elements.
    func displayedValues(summarize: Bool, edgeItems: Int) -> [DisplayedValue] {
        var offsets: [Int] = []
        collectShownOffsets(dim: 0, offset: storageOffset, summarize: summarize, edgeItems: edgeItems, into: &offsets)
        return offsets.map(displayedValue(atStorageOffset:))
    }

    private func collectShownOffsets(
        dim: Int, offset: Int, summarize: Bool, edgeItems: Int, into offsets: inout [Int]
    ) {
        guard dim < ndim else {
            offsets.append(offset)
            return
        }
        let shown = ShownIndices(size: shape[dim], summarize: summarize, edgeItems: edgeItems)
        for index in shown.head.concatenated(with: shown.tail) {
            collectShownOffsets(
                dim: dim + 1, offset: offset + index * strides[dim], summarize: summarize, edgeItems: edgeItems,
                into: &offsets)
        }
    }

    private func displayedValue(atStorageOffset offset: Int) -> DisplayedValue {
        switch dtype {
        case .bool: .boolean(storage.pointer(as: Bool.self)[offset])
        case .uint8: .integer(Int64(storage.pointer(as: UInt8.self)[offset]))
        case .int32: .integer(Int64(storage.pointer(as: Int32.self)[offset]))
        case .int64: .integer(storage.pointer(as: Int64.self)[offset])
        case .float32: .floatingPoint(Double(storage.pointer(as: Float.self)[offset]))
        case .float64: .floatingPoint(storage.pointer(as: Double.self)[offset])
        }
    }
}

extension Range<Int> {
    /// This range followed by `other`, if any.
    fileprivate func concatenated(with other: Range<Int>?) -> [Int] {
        Array(self) + Array(other ?? 0..<0)
    }
}
