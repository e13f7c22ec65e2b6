import SwiftSyntax

extension Compiler {
    /// An `enum`: its cases (with raw values, counted up from the last integer one, or the case's name for
    /// `String`), associated values' labels, `indirect` cases (nothing to do: cases hold values), members, and
    /// `allCases` for `CaseIterable`.
    func compileEnumDeclaration(_ declaration: EnumDeclSyntax) throws -> Executor {
        if let executor = compiledTypeDeclarations[declaration.id] { return executor }
        let definition = TypeDefinition(name: declaration.name.text, kind: .enumType)
        definition.genericParameters = genericParameterNames(of: declaration)
        pendingTypeDeclarations[definition.name] = nil
        try readInheritance(declaration.inheritanceClause, of: declaration.name, into: definition)
        cellTypes[definition.name] = definition
        let rawType = definition.conformances.first { $0.hasPrefix("RawValue:") }?.dropFirst("RawValue:".count)
        var nextRawInt = 0
        var rawValues: Set<Value> = []
        for member in declaration.memberBlock.members {
            guard let caseDeclaration = member.decl.as(EnumCaseDeclSyntax.self) else { continue }
            for element in caseDeclaration.elements {
                let name = element.name.text
                let labels = element.parameterClause.map { clause in clause.parameters.map { $0.firstName?.text } }
                var rawValue: Value?
                if let explicit = element.rawValue?.value {
                    guard
                        let literal = literalNumber(explicit)?.value
                            ?? explicit.as(StringLiteralExprSyntax.self)
                            .flatMap({ $0.representedLiteralValue }).map(Value.string)
                    else { throw compileError("raw value for enum case must be a literal", at: explicit) }
                    rawValue = literal
                    if case .int(let integer) = literal { nextRawInt = integer &+ 1 }
                } else if rawType == "Int" || rawType == "Double" {
                    rawValue = .int(nextRawInt)
                    nextRawInt &+= 1
                } else if rawType == "String" {
                    rawValue = .string(name)
                }
                if rawType == "Double" { rawValue = rawValue?.converted(to: .named("Double")) }
                if let rawValue, !rawValues.insert(rawValue).inserted {
                    let place = element.rawValue.map { Syntax($0.value) } ?? Syntax(element)
                    throw compileError("raw value for enum case is not unique", at: place)
                }
                var enumCase = TypeDefinition.EnumCase(name: name, payloadLabels: labels, rawValue: rawValue)
                enumCase.payloadTypes = element.parameterClause?.parameters.map { TypeAnnotation($0.type) } ?? []
                definition.cases.append(enumCase)
            }
        }
        let staticInitializers = try compileMembers(declaration.memberBlock, in: definition)
        if definition.conformances.contains("CaseIterable") {
            let all = Variable(
                .array(
                    definition.cases.map { .enumCase(EnumCaseValue(type: definition, name: $0.name, payload: nil)) }),
                isConstant: true)
            definition.staticVariables["allCases"] = all
        }
        try checkConformances(of: definition, at: declaration.name)
        let executor = declareType(definition, staticInitializers: staticInitializers)
        compiledTypeDeclarations[declaration.id] = executor
        return executor
    }
}
