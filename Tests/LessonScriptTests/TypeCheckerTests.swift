import Testing

@testable import LessonScript

/// The type checker across the cells of a lesson, with a library, and the run-time half of declared types.
/// (What swiftc itself says about single programs is checked by `DifferentialTests` on `Programs/Rejected`.)
struct TypeCheckerTests {
    /// A library with a function whose result the checker cannot know, and one returning a `Double`.
    private func library() -> BindingTable {
        let table = BindingTable()
        table.type(Counter.self, name: "Counter").initializer("init(start:)") { call in
            .native(Counter(try call.value(0).asInt()))
        }
        table.function("counter(start:)") { call in .native(Counter(try call.value(0).asInt())) }
        table.function("measure()") { _ in .double(2.5) }
        table.function("label()") { _ in .string("three") }
        return table
    }

    private func cells(_ sources: [String], bindings: BindingTable = BindingTable()) -> [CellResult] {
        let session = ScriptSession(bindings: bindings, options: .init(timeLimit: 10))
        return sources.enumerated().map { index, source in
            session.run(source, origin: SourceOrigin(file: "lesson.md", line: 10 * index + 1))
        }
    }

    @Test func typesOfEarlierCellsCarryToLaterOnes() {
        let results = cells(["let lr = 0.1\nvar steps = 3", "print(lr * 3)", "print(1)\nlr * steps", "steps = 2.5"])
        #expect(results[1].printed == "0.30000000000000004\n")
        #expect(
            results[2].error?.description
                == "lesson.md:22:4: error: binary operator '*' cannot be applied to operands of type 'Double' and 'Int'"
        )
        #expect(results[2].printed == "")
        #expect(results[3].error?.message == "cannot assign value of type 'Double' to type 'Int'")
    }

    @Test func aLaterDeclarationReplacesTheType() {
        let results = cells(["var z = 3", "var z = \"a\"", "z = \"b\"\nz"])
        #expect(results[2].error == nil)
        #expect(results[2].valueText == "\"b\"")
    }

    @Test func aFailedCellsNamesAreNoTypeError() {
        let results = cells(["let x = 1\nlet y: Int = \"s\"", "x + 1.5"])
        #expect(results[0].error?.kind == .syntax)
        #expect(results[1].error?.message == "cannot find 'x' in scope: the cell that declares it failed")
        #expect(results[1].error?.kind == .runtime)
    }

    @Test func functionsAndTypesOfEarlierCellsAreChecked() {
        let results = cells([
            "func scale(_ x: Double, by factor: Double) -> Double { x * factor }\nstruct Point { var x: Int }",
            "scale(2, factor: 3)",
            "Point(x: 1.5)",
            "let p = Point(x: 1)\np.x = 2",
            "scale(2, by: 3) + Double(Point(x: 4).x)",
        ])
        #expect(results[1].error?.message == "incorrect argument label in call (have '_:factor:', expected '_:by:')")
        #expect(results[2].error?.message == "cannot convert value of type 'Double' to expected argument type 'Int'")
        #expect(results[3].error?.message == "cannot assign to property: 'p' is a 'let' constant")
        #expect(results[4].valueText == "10.0")
    }

    @Test func libraryCallsAreCheckedAgainstTheirSignatures() {
        let results = cells(
            [
                "print(\"before\")\ncounter(begin: 3)", "let c = counter(start: 3)\nc", "Counter(3)",
                "Counter(start: 3)",
            ],
            bindings: library())
        #expect(results[0].error?.message == "incorrect argument label in call (have 'begin:', expected 'start:')")
        #expect(results[0].error?.position?.column == 8)
        #expect(results[0].printed == "")
        #expect(results[1].error == nil)
        #expect(results[2].error?.message == "missing argument label 'start:' in call")
        #expect(results[2].error?.kind == .syntax)
        #expect(results[3].error == nil)
    }

    @Test func libraryValuesAreNeverATypeError() {
        let results = cells(
            ["let c = counter(start: 3)\nlet d = c * 2.5 + 1\nlet e: Double = c\nvar f = c\nf = 3"],
            bindings: library())
        // The checker leaves the library's values alone; the library has no `*`, which is the run-time error.
        #expect(results[0].error?.kind == .runtime)
    }

    @Test func declaredTypesAreCheckedAtRunTimeWhereTheCheckerCouldNotKnow() {
        let results = cells(
            [
                "let n: Int = measure()",
                "func twice(_ x: Int) -> Int { x * 2 }\nprint(\"ran\")\ntwice(measure())",
                "func size() -> Int { return measure() }\nsize()",
                "let text: String = label()\nlet count: Double = label()",
                "let fine: Double = measure()\nfine",
            ], bindings: library())
        #expect(
            results[0].error?.description
                == "lesson.md:1:14: error: cannot convert value of type 'Double' to specified type 'Int'")
        #expect(results[0].error?.kind == .runtime)
        #expect(results[1].printed == "ran\n")
        #expect(
            results[1].error?.description
                == "lesson.md:13:7: error: cannot convert value of type 'Double' to expected argument type 'Int'")
        #expect(
            results[2].error?.description
                == "lesson.md:21:29: error: cannot convert return expression of type 'Double' to return type 'Int'")
        #expect(
            results[3].error?.description
                == "lesson.md:32:21: error: cannot convert value of type 'String' to specified type 'Double'")
        #expect(results[4].valueText == "2.5")
    }

    @Test(arguments: [
        // Literals take their type from the context.
        "let x: Double = 1 / 2\nlet y: Double? = 3\nlet z: [Double] = [1, 2]\nx + y! + z[0]",
        // An integer literal next to a `Double` is a `Double`, inside arrays and ternaries too.
        "let d = 2.5\nlet a = [1, d]\nlet b = d > 1 ? 1 : d\n(a, b, d * (1 / 2))",
        // Optional promotion and comparisons with nil.
        "func f(_ x: Int?) -> Int { x ?? 0 }\nvar o: Int? = nil\no = 3\n(f(4), o == 3, o != nil)",
        // Closures whose parameters are unknown may change them (`reduce(into:)`).
        "[1, 2].reduce(into: 0) { $0 += $1 }",
        // A let holding a class instance lets its properties change.
        "final class Box { var n = 0 }\nlet box = Box()\nbox.n += 1\nbox.n",
        // Deferred initialization of a let.
        "let k: Int\nif true { k = 1 } else { k = 2 }\nk",
        // Generic parameters are unknown.
        "func first<T>(_ xs: [T]) -> T { xs[0] }\nfirst([2.5]) * 2",
        // A character literal compared with a Character.
        "let c: Character = \"a\"\nc == \"a\"",
    ])
    func acceptsWhatSwiftAccepts(_ source: String) {
        let result = run(source)
        #expect(result.error == nil, "\(result.error?.description ?? "")")
    }

    @Test func staticTypesSpellAsSwiftDoes() {
        #expect(StaticType.optional(.array(.int)).description == "[Int]?")
        #expect(StaticType.dictionary(.string, .double).description == "[String : Double]")
        #expect(StaticType.tuple([.int, .string], labels: ["x", nil]).description == "(x: Int, String)")
        #expect(StaticType.optional(.function([.int], .double)).description == "((Int) -> Double)?")
        #expect(StaticType.range(.int, isClosed: true).description == "ClosedRange<Int>")
        #expect(StaticType.array(.integerLiteral).defaulted == .array(.int))
    }

    @Test func conversionsFollowSwiftsRules() {
        var environment = TypeEnvironment()
        environment.names["Base"] = .type(TypeShape(name: "Base", kind: .classType))
        var sub = TypeShape(name: "Sub", kind: .classType)
        sub.superclass = "Base"
        environment.names["Sub"] = .type(sub)
        environment.names["Point"] = .type(TypeShape(name: "Point", kind: .structType))
        #expect(environment.conversion(from: .integerLiteral, to: .double) == .fits)
        #expect(environment.conversion(from: .floatLiteral, to: .int) == .mismatch)
        #expect(environment.conversion(from: .int, to: .optional(.int)) == .fits)
        #expect(environment.conversion(from: .optional(.int), to: .int) == .mustUnwrap)
        #expect(environment.conversion(from: .optional(.int), to: .double) == .mismatch)
        #expect(environment.conversion(from: .array(.int), to: .array(.double)) == .mismatch)
        #expect(environment.conversion(from: .declared("Sub"), to: .declared("Base")) == .fits)
        #expect(environment.conversion(from: .declared("Base"), to: .declared("Sub")) == .mismatch)
        #expect(environment.conversion(from: .int, to: .declared("Point")) == .mismatch)
        #expect(environment.conversion(from: .unknown, to: .int) == .unknown)
        #expect(environment.conversion(from: .array(.unknown), to: .array(.int)) == .unknown)
        #expect(environment.conversion(from: .integerLiteral, to: .declared("Unknown")) == .unknown)
    }
}
