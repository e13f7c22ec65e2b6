import OrderedCollections
import SwiftSyntax

/// A type as written in an annotation (`Double`, `[Int]?`, `[String: Double]`), kept only to give literals and
/// numbers their contextual type: the interpreter does not otherwise check types.
public indirect enum TypeAnnotation: CustomStringConvertible {
    /// A named type: `Int`, `Double`, `Point`, `Tensor`.
    case named(String)
    /// `T?`.
    case optional(TypeAnnotation)
    /// `[T]`.
    case array(TypeAnnotation)
    /// `[K: V]`.
    case dictionary(TypeAnnotation, TypeAnnotation)
    /// `Set<T>`.
    case set(TypeAnnotation)
    /// `(A, B)` or `(x: A, y: B)`: the labels (`nil` for none) label the values stored as this type.
    case tuple([TypeAnnotation], labels: [String?])
    /// A function type or anything else without a literal meaning.
    case other(String)

    /// The annotation as Swift spells it.
    public var description: String {
        switch self {
        case .named(let name): name
        case .optional(let wrapped): "\(wrapped)?"
        case .array(let element): "[\(element)]"
        case .dictionary(let key, let value): "[\(key): \(value)]"
        case .set(let element): "Set<\(element)>"
        case .tuple(let elements, let labels):
            "("
                + zip(elements, labels).map { element, label in label.map { "\($0): \(element)" } ?? "\(element)" }
                .joined(separator: ", ") + ")"
        case .other(let text): text
        }
    }

    /// Reads a type from its syntax.
    init(_ syntax: TypeSyntax) {
        if let identifier = syntax.as(IdentifierTypeSyntax.self) {
            let name = identifier.name.text
            let arguments = identifier.genericArgumentClause?.arguments.compactMap { argument in
                argument.argument.as(TypeSyntax.self).map(TypeAnnotation.init)
            }
            switch (name, arguments?.count ?? 0) {
            case ("Optional", 1): self = .optional(arguments![0])
            case ("Array", 1): self = .array(arguments![0])
            case ("Set", 1): self = .set(arguments![0])
            case ("Set", 0): self = .set(.other("_"))
            case ("Dictionary", 2): self = .dictionary(arguments![0], arguments![1])
            default: self = .named(name)
            }
        } else if let optional = syntax.as(OptionalTypeSyntax.self) {
            self = .optional(TypeAnnotation(optional.wrappedType))
        } else if let implicitlyUnwrapped = syntax.as(ImplicitlyUnwrappedOptionalTypeSyntax.self) {
            self = .optional(TypeAnnotation(implicitlyUnwrapped.wrappedType))
        } else if let array = syntax.as(ArrayTypeSyntax.self) {
            self = .array(TypeAnnotation(array.element))
        } else if let dictionary = syntax.as(DictionaryTypeSyntax.self) {
            self = .dictionary(TypeAnnotation(dictionary.key), TypeAnnotation(dictionary.value))
        } else if let tuple = syntax.as(TupleTypeSyntax.self) {
            let elements = tuple.elements.map { TypeAnnotation($0.type) }
            let labels = tuple.elements.map { element in element.firstName.flatMap { $0.text == "_" ? nil : $0.text } }
            self = elements.count == 1 && labels[0] == nil ? elements[0] : .tuple(elements, labels: labels)
        } else if let existential = syntax.as(SomeOrAnyTypeSyntax.self) {
            self = TypeAnnotation(existential.constraint)
        } else if let attributed = syntax.as(AttributedTypeSyntax.self) {
            self = TypeAnnotation(attributed.baseType)
        } else {
            self = .other(syntax.trimmedDescription)
        }
    }

    /// Whether values of this type need converting at all (fast path for `Int`, `String`, `[String: Int]`...): a
    /// variable whose type converts nothing is stored as assigned, without a pass over its elements.
    var convertsLiterals: Bool {
        switch self {
        case .named(let name): name == "Double" || name == "Float" || name == "CGFloat"
        case .optional, .set: true  // a value becomes optional; an array literal becomes a set
        case .array(let element): element.convertsLiterals
        case .dictionary(let key, let value): key.convertsLiterals || value.convertsLiterals
        // Labels are given to the tuple value (`let p: (x: Int, y: Int) = (1, 2)`).
        case .tuple(let elements, let labels):
            labels.contains { $0 != nil } || elements.contains { $0.convertsLiterals }
        case .other: false
        }
    }
}

extension Value {
    /// The value converted to `annotation` the way Swift types a literal: an `Int` becomes a `Double` where a
    /// `Double` is expected, a value becomes `Optional` where an optional is expected, element by element.
    func converted(to annotation: TypeAnnotation?) -> Value {
        guard let annotation, annotation.convertsLiterals else { return self }
        switch (annotation, self) {
        case (.named, .int(let integer)): return .double(Double(integer))
        case (.optional(let wrapped), .optional(let value)): return .optional(value.map { $0.converted(to: wrapped) })
        case (.optional(let wrapped), _): return .optional(converted(to: wrapped))
        case (.array(let element), .array(let elements)): return .array(elements.map { $0.converted(to: element) })
        case (.set(let element), .array(let elements)):
            return .set(OrderedSet(elements.map { $0.converted(to: element) }))
        case (.set(let element), .set(let set)): return .set(OrderedSet(set.elements.map { $0.converted(to: element) }))
        case (.dictionary(let keyType, let valueType), .dictionary(let dictionary)):
            var result = OrderedDictionary<Value, Value>()
            for (key, value) in zip(dictionary.keys, dictionary.values) {
                result[key.converted(to: keyType)] = value.converted(to: valueType)
            }
            return .dictionary(result)
        case (.tuple(let types, let labels), .tuple(var tuple)) where types.count == tuple.elements.count:
            for index in types.indices { tuple.elements[index] = tuple.elements[index].converted(to: types[index]) }
            if labels.contains(where: { $0 != nil }) { tuple = TupleValue(tuple.elements, labels: labels) }
            return .tuple(tuple)
        default: return self
        }
    }
}
