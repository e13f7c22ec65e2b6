/// How a value is turned into text.
enum TextStyle {
    /// `print` and string interpolation (Swift's `description`).
    case print
    /// Inside collections and for `debugPrint` (Swift's `debugDescription`).
    case debug
    /// A cell's final value: like `debug`, but an optional shows its wrapped value or `nil`, no `Optional(...)`.
    case display
}

extension Runtime {
    /// The text of `value` in `style`, following Swift's printing rules (`Double`'s shortest round-trip form,
    /// quoted strings inside collections, `Point(x: 1.0, y: 2.0)` for structs...).
    func text(of value: Value, style: TextStyle) throws -> String {
        try checkStack("value is nested too deeply to print")
        switch value {
        case .void: return "()"
        case .int(let integer): return String(integer)
        case .double(let double): return double.description
        case .bool(let bool): return bool ? "true" : "false"
        // Swift's own `debugDescription` quotes: `"it\'s"`, `"\0"`, `"\u{07}"`, exactly as compiled Swift prints.
        case .string(let string): return style == .print ? string : string.debugDescription
        case .character(let character): return style == .print ? String(character) : character.debugDescription
        case .array(let elements): return "[" + (try elementTexts(elements, style)) + "]"
        case .dictionary(let dictionary):
            if dictionary.count == 0 { return "[:]" }
            let nested = nestedStyle(style)
            let entries = try zip(dictionary.keys, dictionary.values).map { key, value in
                try text(of: key, style: nested) + ": " + text(of: value, style: nested)
            }
            return "[" + entries.joined(separator: ", ") + "]"
        case .set(let set):
            let list = "[" + (try elementTexts(set.elements, style)) + "]"
            return style == .print ? list : "Set(\(list))"
        case .tuple(let tuple):
            let nested = nestedStyle(style)
            let parts = try tuple.elements.indices.map { index in
                let element = try text(of: tuple.elements[index], style: nested)
                return tuple.label(at: index).map { "\($0): \(element)" } ?? element
            }
            return "(" + parts.joined(separator: ", ") + ")"
        case .optional(let wrapped):
            guard let wrapped else { return "nil" }
            if style == .display { return try text(of: wrapped, style: .display) }
            return "Optional(\(try text(of: wrapped, style: .debug)))"
        case .range(let range): return try rangeText(range, style)
        case .function: return "(Function)"
        case .structInstance(let instance):
            if let custom = try customDescription(value, instance.type, style) { return custom }
            let generics = genericArgumentsText(instance.type, value, qualified: style == .debug)
            return try memberwiseText(instance.type, generics, instance.fields, style)
        case .object(let object):
            if let custom = try customDescription(value, object.type, style) { return custom }
            return style == .display ? object.type.name : "main." + object.type.name
        case .enumCase(let enumCase):
            if let custom = try customDescription(value, enumCase.type, style) { return custom }
            var text = style == .print ? enumCase.name : modulePrefix(style) + "\(enumCase.type.name).\(enumCase.name)"
            if let payload = enumCase.payload { text += try self.text(of: .tuple(payload), style: style) }
            return text
        case .type(.collection(let annotation)): return annotation.genericSpelling
        case .type(let type): return type.name
        case .symbol(let name): return "." + name
        case .native(let object):
            guard let binding = bindings.binding(for: object) else { return String(describing: object) }
            if binding.isScriptBridge, let script = (object as? any ScriptedObject)?.script,
                let custom = try customDescription(value, script.type, style)
            {
                return custom
            }
            let describe = { (element: Value) throws -> String in try self.text(of: element, style: .debug) }
            return style == .print
                ? try binding.printText(object, describe: describe)
                : try binding.displayText(object, describe: describe)
        }
    }

    /// The text of a cell's final value (`style` `.display`), starting at UTF-8 offset `offset` of the cell's output:
    /// a library object may show differently there (see ``NativeType/finalValueDisplay(_:)``).
    func finalValueText(of value: Value, at offset: Int) throws -> String {
        if case .native(let object) = value, let custom = bindings.binding(for: object)?.lookup(\.finalValueDisplay) {
            return custom(object, offset)
        }
        return try text(of: value, style: .display)
    }

    /// Swift's `debugDescription` names a program's own types with their module, `main`; a cell's displayed value
    /// leaves it out.
    private func modulePrefix(_ style: TextStyle) -> String {
        style == .debug ? "main." : ""
    }

    private func nestedStyle(_ style: TextStyle) -> TextStyle {
        style == .display ? .display : .debug
    }

    private func elementTexts(_ elements: [Value], _ style: TextStyle) throws -> String {
        let nested = nestedStyle(style)
        try memory.reserve(count: elements.count, of: MemoryLayout<String>.stride, for: "a String")
        return try elements.map { try text(of: $0, style: nested) }.joined(separator: ", ")
    }

    private func memberwiseText(
        _ type: TypeDefinition, _ generics: String, _ fields: [Value], _ style: TextStyle
    ) throws -> String {
        let nested = nestedStyle(style)
        let parts = try zip(type.storedProperties, fields).map { property, field in
            // Swift shows a `lazy var` as the optional storage behind it.
            guard property.lazyInitializer != nil else {
                return "\(property.name): \(try text(of: field, style: nested))"
            }
            let storage = field.isLazyUnset ? "nil" : "Optional(\(try text(of: field, style: .debug)))"
            return "$__lazy_storage_$_\(property.name): \(storage)"
        }
        return modulePrefix(style) + "\(type.name)\(generics)(" + parts.joined(separator: ", ") + ")"
    }

    /// The text a type of the cell gives itself: `debugPrint`, collections and display ask for
    /// `CustomDebugStringConvertible`'s `debugDescription` first, `print` for `CustomStringConvertible`'s
    /// `description` first, each falling back on the other, as Swift's `String(reflecting:)` and
    /// `String(describing:)` do.
    private func customDescription(_ value: Value, _ type: TypeDefinition, _ style: TextStyle) throws -> String? {
        let preferred = [
            ("CustomStringConvertible", "description"), ("CustomDebugStringConvertible", "debugDescription"),
        ]
        for (conformance, property) in style == .print ? preferred : preferred.reversed() {
            guard type.isKind(of: conformance),
                type.fieldIndices[property] != nil || type.computedProperty(property) != nil
            else { continue }
            guard case .string(let text) = try member(of: value, property) else { return nil }
            return text
        }
        return nil
    }

    private func rangeText(_ range: RangeValue, _ style: TextStyle) throws -> String {
        let nested = nestedStyle(style)
        let lower = try range.lower.map { try text(of: $0, style: nested) }
        let upper = try range.upper.map { try text(of: $0, style: nested) }
        let boundType = (range.lower ?? range.upper)?.typeName ?? "Int"
        switch (lower, upper) {
        case (let lower?, let upper?):
            let plain = lower + (range.isClosed ? "..." : "..<") + upper
            if style == .print { return plain }
            return (range.isClosed ? "ClosedRange(" : "Range(") + plain + ")"
        case (let lower?, nil): return "PartialRangeFrom<\(boundType)>(lowerBound: \(lower))"
        case (nil, let upper?):
            return (range.isClosed ? "PartialRangeThrough" : "PartialRangeUpTo")
                + "<\(boundType)>(upperBound: \(upper))"
        case (nil, nil): return "(Function)"
        }
    }
}
