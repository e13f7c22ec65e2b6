/// Whether a value of one type may be used where another is expected, as Swift decides it: the same type, a
/// literal the context types, optional promotion (`Int` where `Int?` is expected), a subclass where its
/// superclass is expected, element by element for collections and tuples.
enum Conversion: Equatable {
    /// The value fits.
    case fits
    /// The checker cannot tell (something unknown, a protocol, a library type): no error.
    case unknown
    /// The value is an optional whose wrapped value would fit: it must be unwrapped first.
    case mustUnwrap
    /// The value certainly does not fit.
    case mismatch
}

extension TypeEnvironment {
    /// How a value of type `actual` converts to `expected`.
    func conversion(from actual: StaticType, to expected: StaticType) -> Conversion {
        if actual == expected, actual.isFullyKnown { return .fits }
        switch (actual, expected) {
        case (.unknown, _), (_, .unknown): return .unknown
        case (.nilLiteral, .optional): return .fits
        case (.nilLiteral, _): return isClosed(expected) ? .mismatch : .unknown
        case (.integerLiteral, .int), (.integerLiteral, .double), (.floatLiteral, .double): return .fits
        case (.integerLiteral, _), (.floatLiteral, _):
            return isClosed(expected) || expected == .int ? .mismatch : .unknown
        case (.optional(let wrapped), .optional(let expectedWrapped)):
            return conversion(from: wrapped, to: expectedWrapped) == .fits ? .fits : innerMismatch(actual, expected)
        case (_, .optional(let expectedWrapped)):
            return conversion(from: actual, to: expectedWrapped)
        case (.optional(let wrapped), _):
            let inner = conversion(from: wrapped, to: expected)
            return inner == .fits ? .mustUnwrap : inner == .unknown ? .unknown : .mismatch
        case (.array(let element), .array(let expectedElement)),
            (.set(let element), .set(let expectedElement)):
            return elementConversion(element, expectedElement)
        case (.dictionary(let key, let value), .dictionary(let expectedKey, let expectedValue)):
            return combine(elementConversion(key, expectedKey), elementConversion(value, expectedValue))
        case (.range(let bound, let closed), .range(let expectedBound, let expectedClosed)):
            guard closed == expectedClosed else { return isClosed(actual) && isClosed(expected) ? .mismatch : .unknown }
            return elementConversion(bound, expectedBound)
        case (.tuple(let elements, let labels), .tuple(let expectedElements, let expectedLabels)):
            guard elements.count == expectedElements.count else { return .mismatch }
            guard labelsAgree(labels, expectedLabels) else { return .unknown }
            return zip(elements, expectedElements).reduce(.fits) { combine($0, elementConversion($1.0, $1.1)) }
        case (.declared(let name), .declared(let expectedName)):
            return declaredConversion(name, expectedName)
        case (.function, _), (_, .function), (.metatype, _), (_, .metatype):
            return .unknown
        default:
            return isClosed(actual) && isClosed(expected) ? .mismatch : .unknown
        }
    }

    /// An element of a collection or tuple: it must fit exactly, except for what still fits inside a
    /// collection (a literal, a subclass, `nil` into an optional).
    private func elementConversion(_ actual: StaticType, _ expected: StaticType) -> Conversion {
        switch conversion(from: actual, to: expected) {
        case .fits: .fits
        case .unknown: .unknown
        case .mustUnwrap, .mismatch: .mismatch
        }
    }

    private func innerMismatch(_ actual: StaticType, _ expected: StaticType) -> Conversion {
        isClosed(actual) && isClosed(expected) ? .mismatch : .unknown
    }

    private func combine(_ first: Conversion, _ second: Conversion) -> Conversion {
        if first == .mismatch || second == .mismatch { return .mismatch }
        if first == .unknown || second == .unknown { return .unknown }
        return .fits
    }

    /// Tuple labels agree when they are equal or one side has none.
    private func labelsAgree(_ labels: [String?], _ expected: [String?]) -> Bool {
        zip(labels, expected).allSatisfy { $0 == nil || $1 == nil || $0 == $1 }
    }

    /// A cell type where another is expected: the same type, or a class's ancestor; a protocol (which a later
    /// extension may add a conformance to) or a library superclass is unknown.
    private func declaredConversion(_ name: String, _ expectedName: String) -> Conversion {
        if name == expectedName { return .fits }
        guard let actualShape = shape(named: name), let expectedShape = shape(named: expectedName),
            actualShape.kind != .protocolType, expectedShape.kind != .protocolType
        else { return .unknown }
        guard actualShape.kind == .classType, expectedShape.kind == .classType else { return .mismatch }
        switch isClass(name, descendedFrom: expectedName) {
        case true?: return .fits
        case false?: return .mismatch
        case nil: return .unknown
        }
    }

    /// Whether no value of another type can ever convert to this one or from it: Swift's own value types, the
    /// cells' structs and enums, and collections of them (a protocol, a class or anything unknown may still be
    /// reached by a conversion the checker does not model).
    func isClosed(_ type: StaticType) -> Bool {
        switch type {
        case .int, .double, .bool, .string, .character, .void, .integerLiteral, .floatLiteral: true
        case .optional(let wrapped): isClosed(wrapped)
        case .array(let element), .set(let element): isClosed(element)
        case .dictionary(let key, let value): isClosed(key) && isClosed(value)
        case .tuple(let elements, _): elements.allSatisfy(isClosed)
        case .range(let bound, _): isClosed(bound)
        case .declared(let name):
            // A type of the cell that a literal may initialize is not closed to literals.
            if let declared = shape(named: name), declared.kind == .structType || declared.kind == .enumType,
                !declared.conformances.contains(where: { $0.hasPrefix("ExpressibleBy") })
            {
                true
            } else {
                false
            }
        case .unknown, .nilLiteral, .function, .metatype: false
        }
    }
}
