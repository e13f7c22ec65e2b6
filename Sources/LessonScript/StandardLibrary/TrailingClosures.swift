extension StandardLibrary {
    /// The label of the closure parameter that a trailing closure fills, for the standard library's methods
    /// whose closure is labelled: `xs.first { $0 > 3 }` is `xs.first(where: { $0 > 3 })`.
    static let trailingClosureLabels: [String: String] = [
        "first": "where", "last": "where", "firstIndex": "where", "lastIndex": "where", "contains": "where",
        "count": "where", "removeAll": "where", "sorted": "by", "sort": "by", "min": "by", "max": "by",
        "merge": "uniquingKeysWith",
    ]
}

extension CallArguments {
    /// Gives an unlabelled trailing closure the label the standard library's method `name` expects for it.
    mutating func labelTrailingClosure(forMethod name: String) {
        guard let index = firstTrailingClosure, index == labels.count - 1, labels[index] == nil,
            let label = StandardLibrary.trailingClosureLabels[name]
        else { return }
        labels[index] = label
    }
}
