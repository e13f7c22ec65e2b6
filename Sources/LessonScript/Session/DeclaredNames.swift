import SwiftParser
import SwiftSyntax

extension ScriptSession {
    /// The names a cell declares at its top level, which later cells of the lesson can use: constants and
    /// variables (each name of a tuple pattern), functions and types. A runner that skips a cell uses them to
    /// say why a later cell cannot find a name.
    ///
    /// ```swift
    /// ScriptSession.declaredNames(in: "let (x, y) = (1, 2)\nfunc f() {}\nstruct P {}\nprint(x)")
    /// // ["x", "y", "f", "P"]
    /// ```
    public static func declaredNames(in source: String) -> Set<String> {
        var names: Set<String> = []
        for statement in Parser.parse(source: source).statements {
            guard case .decl(let declaration) = statement.item else { continue }
            if let variable = declaration.as(VariableDeclSyntax.self) {
                for binding in variable.bindings {
                    let identifiers = binding.pattern.tokens(viewMode: .sourceAccurate).filter {
                        if case .identifier = $0.tokenKind { true } else { false }
                    }
                    names.formUnion(identifiers.map(\.identifier?.name).compactMap { $0 })
                }
            } else if let named = declaration.asProtocol((any NamedDeclSyntax).self) {
                names.insert(named.name.text)
            }
        }
        return names
    }
}

extension ScriptError {
    /// The name a `cannot find 'x' in scope` error could not find (the message `undefinedNameMessage` writes),
    /// or `nil` for any other error.
    ///
    /// ```swift
    /// session.run("total + 1", origin: origin).error?.undefinedName   // "total"
    /// ```
    public var undefinedName: String? {
        let prefix = "cannot find '"
        guard message.hasPrefix(prefix) else { return nil }
        let rest = message.dropFirst(prefix.count)
        guard let end = rest.firstIndex(of: "'"), rest[end...].hasPrefix("' in scope") else { return nil }
        return String(rest[..<end])
    }
}
