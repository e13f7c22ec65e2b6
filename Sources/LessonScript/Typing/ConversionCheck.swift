import SwiftSyntax

/// Where a value meets the type it must have; swiftc words its message after it.
enum ConversionRole {
    /// `let x: Int = value`.
    case specified
    /// An argument of a call.
    case argument
    /// `x = value`.
    case assignment
    /// `return value`, or a body that is one expression.
    case returnValue
    /// An element of an array or set literal.
    case element
    /// A key of a dictionary literal.
    case dictionaryKey
    /// A value of a dictionary literal.
    case dictionaryValue
}

extension TypeChecker {
    /// Infers `expression` with `expected` as its context and reports swiftc's error when its value cannot
    /// have that type. Returns the expression's type.
    @discardableResult
    func check(_ expression: ExprSyntax, against expected: StaticType, role: ConversionRole) throws -> StaticType {
        if let elementType = collectionElementType(expected), let array = expression.as(ArrayExprSyntax.self) {
            for element in array.elements {
                try check(element.expression, against: elementType, role: .element)
            }
            return expected
        }
        if let (keyType, valueType) = dictionaryTypes(expected),
            let dictionary = expression.as(DictionaryExprSyntax.self),
            case .elements(let elements) = dictionary.content
        {
            for element in elements {
                try check(element.key, against: keyType, role: .dictionaryKey)
                try check(element.value, against: valueType, role: .dictionaryValue)
            }
            return expected
        }
        let actual = try infer(expression, expected: expected)
        if let message = conversionMessage(from: actual, to: expected, role: role, expression) {
            throw typeError(message, at: anchor(expression))
        }
        return actual
    }

    /// The element type an array literal takes from `expected` (`[T]`, `Set<T>`, or an optional of them).
    private func collectionElementType(_ expected: StaticType) -> StaticType? {
        switch expected {
        case .array(let element), .set(let element): element
        case .optional(let wrapped): collectionElementType(wrapped)
        default: nil
        }
    }

    private func dictionaryTypes(_ expected: StaticType) -> (StaticType, StaticType)? {
        switch expected {
        case .dictionary(let key, let value): (key, value)
        case .optional(let wrapped): dictionaryTypes(wrapped)
        default: nil
        }
    }

    /// swiftc's message for a value of type `actual` where `expected` is needed, or `nil` when it fits (or the
    /// checker cannot tell).
    func conversionMessage(
        from actual: StaticType, to expected: StaticType, role: ConversionRole, _ expression: ExprSyntax
    ) -> String? {
        let conversion = environment.conversion(from: actual, to: expected)
        guard conversion == .mismatch || conversion == .mustUnwrap else { return nil }
        if actual == .nilLiteral { return nilMessage(expected, role: role) }
        guard actual.isFullyKnown, expected.isFullyKnown else { return nil }
        let target = expected.wrappedType.flatMap { actual.wrappedType == nil ? $0 : nil } ?? expected
        if conversion == .mustUnwrap {
            return "value of optional type '\(actual.description)' must be unwrapped to a value of type "
                + "'\(target.description)'"
        }
        if target == .bool, actual == .int || actual == .integerLiteral {
            if let literal = expression.as(IntegerLiteralExprSyntax.self) { return integerLiteralAsBoolean(literal) }
            return actual == .int ? "type 'Int' cannot be used as a boolean; test for '!= 0' instead" : nil
        }
        let value = actual.description
        let type = target.description
        switch role {
        case .specified:
            if actual.isCollection, target.isCollection {
                return "cannot assign value of type '\(value)' to type '\(type)'"
            }
            return "cannot convert value of type '\(value)' to specified type '\(type)'"
        case .argument: return "cannot convert value of type '\(value)' to expected argument type '\(type)'"
        case .assignment: return "cannot assign value of type '\(value)' to type '\(type)'"
        case .returnValue: return "cannot convert return expression of type '\(value)' to return type '\(type)'"
        case .element: return "cannot convert value of type '\(value)' to expected element type '\(type)'"
        case .dictionaryKey: return "cannot convert value of type '\(value)' to expected dictionary key type '\(type)'"
        case .dictionaryValue:
            return "cannot convert value of type '\(value)' to expected dictionary value type '\(type)'"
        }
    }

    /// `nil` where the type is not optional.
    private func nilMessage(_ expected: StaticType, role: ConversionRole) -> String? {
        guard expected.isFullyKnown else { return nil }
        let type = expected.description
        switch role {
        case .specified: return "'nil' cannot initialize specified type '\(type)'"
        case .argument: return "'nil' is not compatible with expected argument type '\(type)'"
        case .assignment: return "'nil' cannot be assigned to type '\(type)'"
        case .returnValue: return "'nil' is incompatible with return type '\(type)'"
        case .element, .dictionaryKey, .dictionaryValue: return nil
        }
    }
}

extension StaticType {
    /// An array, set or dictionary.
    var isCollection: Bool {
        switch self {
        case .array, .set, .dictionary: true
        default: false
        }
    }
}
