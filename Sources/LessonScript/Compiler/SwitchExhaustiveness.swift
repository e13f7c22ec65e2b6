import SwiftSyntax

extension Compiler {
    /// swiftc's `switch must be exhaustive`, where the syntax proves it: a `switch` without `default` or a
    /// catch-all pattern whose patterns are all numbers, strings and ranges (which never cover `Int`, `Double` or
    /// `String`), only one of `true` and `false`, or cases of an enum that leave one of its cases unnamed.
    /// Anything less certain (tuples, payload patterns that might cover everything together) is left to the
    /// run, where a value that no case matches is an error.
    func checkExhaustiveness(_ switchExpression: SwitchExprSyntax) throws {
        var kinds: Set<PatternKind> = []
        var booleans: Set<Bool> = []
        var caseNames: Set<String> = []
        var typeNames: Set<String> = []
        for element in switchExpression.cases {
            guard case .switchCase(let switchCase) = element, case .case(let label) = switchCase.label else { return }
            for item in label.caseItems {
                let kind = PatternKind(item.pattern)
                switch kind {
                case .catchAll where item.whereClause == nil, .unknown: return
                case .boolean(let value) where item.whereClause == nil: booleans.insert(value)
                case .enumCase(let name, let typeName):
                    caseNames.insert(name)
                    if let typeName { typeNames.insert(typeName) }
                default: break
                }
                kinds.insert(kind.family)
            }
        }
        guard kinds.count == 1, let family = kinds.first else { return }
        let isExhaustive: Bool
        switch family {
        case .literal: isExhaustive = false
        case .boolean: isExhaustive = booleans.count == 2
        case .enumCase: isExhaustive = try !enumsMissingCases(named: caseNames, typeNames: typeNames)
        default: return
        }
        if !isExhaustive { throw compileError("switch must be exhaustive", at: switchExpression.switchKeyword) }
    }

    /// Whether every enum that could be the subject (one that has all of `names`, and is `typeNames`' one when
    /// a pattern names its type) has a case that none of `names` is.
    private func enumsMissingCases(named names: Set<String>, typeNames: Set<String>) throws -> Bool {
        var candidates: [[String]] = []
        if typeNames.count == 1, let typeName = typeNames.first {
            guard let type = try declaredType(named: typeName), type.kind == .enumType else { return false }
            candidates = [type.cases.map(\.name)]
        } else if typeNames.isEmpty {
            candidates = knownEnumCaseNames().filter { names.isSubset(of: $0) }
        }
        return !candidates.isEmpty && candidates.allSatisfy { !Set($0).isSubset(of: names) }
    }

    /// The case names of every enum the cell or an earlier one declares.
    private func knownEnumCaseNames() -> [[String]] {
        var result = runtime.declaredEnums.map { $0.cases.map(\.name) }
        result += cellTypes.values.filter { $0.kind == .enumType }.map { $0.cases.map(\.name) }
        for declaration in pendingTypeDeclarations.values {
            guard let enumDeclaration = declaration.as(EnumDeclSyntax.self) else { continue }
            result.append(
                enumDeclaration.memberBlock.members.compactMap { $0.decl.as(EnumCaseDeclSyntax.self) }
                    .flatMap { $0.elements.map(\.name.text) })
        }
        return result
    }
}

/// What a `case` pattern is, for the exhaustiveness check.
private enum PatternKind: Hashable {
    /// `_`, `let x`: matches everything.
    case catchAll
    /// A number, a string, a range of them.
    case literal
    case boolean(Bool)
    /// `.name`, `.name(...)`, `Type.name`.
    case enumCase(String, typeName: String?)
    case unknown

    /// The kind without its details.
    var family: PatternKind {
        switch self {
        case .boolean: .boolean(true)
        case .enumCase: .enumCase("", typeName: nil)
        default: self
        }
    }

    init(_ pattern: PatternSyntax) {
        if pattern.is(WildcardPatternSyntax.self) || pattern.is(IdentifierPatternSyntax.self) {
            self = .catchAll
        } else if let binding = pattern.as(ValueBindingPatternSyntax.self) {
            self = PatternKind(binding.pattern)
        } else if let expression = pattern.as(ExpressionPatternSyntax.self)?.expression {
            self = PatternKind(expression)
        } else {
            self = .unknown
        }
    }

    private init(_ expression: ExprSyntax) {
        if expression.is(IntegerLiteralExprSyntax.self) || expression.is(FloatLiteralExprSyntax.self)
            || expression.is(StringLiteralExprSyntax.self)
        {
            self = .literal
        } else if let boolean = expression.as(BooleanLiteralExprSyntax.self) {
            self = .boolean(boolean.literal.tokenKind == .keyword(.true))
        } else if expression.is(DiscardAssignmentExprSyntax.self) {
            self = .catchAll
        } else if let prefix = expression.as(PrefixOperatorExprSyntax.self) {
            self = PatternKind(prefix.expression) == .literal ? .literal : .unknown
        } else if let range = expression.as(InfixOperatorExprSyntax.self) {
            let isRange = ["...", "..<"].contains(range.operator.trimmedDescription)
            self =
                isRange && PatternKind(range.leftOperand) == .literal && PatternKind(range.rightOperand) == .literal
                ? .literal : .unknown
        } else if let postfix = expression.as(PostfixOperatorExprSyntax.self), postfix.operator.text == "..." {
            self = PatternKind(postfix.expression) == .literal ? .literal : .unknown
        } else if let access = expression.as(MemberAccessExprSyntax.self)
            ?? expression.as(FunctionCallExprSyntax.self)?.calledExpression.as(MemberAccessExprSyntax.self)
        {
            // `.name`, `Type.name`, with or without a payload pattern.
            let typeName = access.base?.as(DeclReferenceExprSyntax.self)?.baseName.text
            let isCase = access.base == nil || typeName != nil
            self = isCase ? .enumCase(access.declName.baseName.text, typeName: typeName) : .unknown
        } else {
            self = .unknown
        }
    }
}
