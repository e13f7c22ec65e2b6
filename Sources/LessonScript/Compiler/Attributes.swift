import SwiftSyntax

/// The attributes a cell may write. Each of them changes nothing the interpreter does (`@discardableResult`,
/// `@escaping`, `@inlinable`...); any other would be silently ignored while Swift gives it a meaning
/// (`@autoclosure` delays evaluation, `@_silgen_name` binds a C symbol), so it is an error instead.
enum Attributes {
    static let allowed: Set<String> = [
        "available", "discardableResult", "escaping", "frozen", "inlinable", "inline", "MainActor", "Sendable",
        "testable", "usableFromInline",
    ]

    /// The first attribute in `tree` that is not allowed.
    static func firstUnsupported(in tree: some SyntaxProtocol) -> AttributeSyntax? {
        let finder = Finder(viewMode: .sourceAccurate)
        finder.walk(tree)
        return finder.found
    }

    private final class Finder: SyntaxVisitor {
        var found: AttributeSyntax?

        override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
            if found == nil, !Attributes.allowed.contains(node.attributeName.trimmedDescription) { found = node }
            return .skipChildren
        }
    }
}

extension Compiler {
    /// Rejects the cell's first attribute that is not ``Attributes/allowed``.
    func checkAttributes() throws {
        guard let attribute = Attributes.firstUnsupported(in: cell.tree) else { return }
        throw compileError(
            "attribute '@\(attribute.attributeName.trimmedDescription)' is not supported in lesson cells",
            at: attribute)
    }
}
