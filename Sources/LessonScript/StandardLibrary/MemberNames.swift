extension StandardLibrary {
    /// Whether the standard-library type `type` has a property or method `name`, so that inside an extension
    /// of it (`extension Array { var second: Element? { count > 1 ? self[1] : nil } }`) a bare `name` means
    /// `self.name`.
    static func hasMember(named name: String, of type: BuiltinType) -> Bool {
        if ["description", "debugDescription"].contains(name) { return true }
        switch type {
        case .int, .double, .float:
            return numberMembers.contains(name)
        case .string, .array, .set, .dictionary:
            let kind = type == .string ? "string" : type == .array ? "array" : type == .set ? "set" : "dictionary"
            return sequenceMethodNames.contains(name) || collectionProperties.contains(name)
                || (mutatingNames[kind]?.contains(name) ?? false) || setAlgebra.contains(name) && type == .set
        case .bool: return name == "toggle"
        case .character, .optional: return false
        }
    }

    private static let numberMembers: Set<String> = [
        "magnitude", "isZero", "isNaN", "isFinite", "isInfinite", "ulp", "squareRoot", "rounded", "signum",
        "isMultiple", "quotientAndRemainder", "truncatingRemainder", "remainder", "distance", "advanced",
    ]

    private static let collectionProperties: Set<String> = [
        "count", "isEmpty", "first", "last", "indices", "startIndex", "endIndex", "keys", "values", "uppercased",
        "lowercased", "hasPrefix", "hasSuffix",
    ]

    private static let setAlgebra: Set<String> = [
        "union", "intersection", "subtracting", "symmetricDifference", "isSubset", "isSuperset", "isDisjoint",
    ]
}
