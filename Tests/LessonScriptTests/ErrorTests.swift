import LessonScript
import Testing

/// Hostile and faulty cells: each gives an error with the cell's location, and the session goes on.
struct ErrorTests {
    @Test(arguments: [
        ("Int.max + 1", "arithmetic operation '9223372036854775807 + 1' (on type 'Int') results in an overflow"),
        ("let zero = 0\n1 / zero", "Division by zero"),
        ("let zero = 0\n1 % zero", "Division by zero in remainder operation"),
        ("let x: Int? = nil\nx!", "Unexpectedly found nil while unwrapping an Optional value"),
        ("[1, 2][5]", "Index out of range"),
        ("var a = [1]\na[3] = 2", "Index out of range"),
        ("Int(Double.nan)", "Double value cannot be converted to Int because it is either infinite or NaN"),
        ("undefinedName + 1", "cannot find 'undefinedName' in scope"),
        ("func f(x: Int) -> Int { x }\nf(y: 1)", "incorrect argument label in call (have 'y:', expected 'x:')"),
        ("func f(x: Int) -> Int { x }\nf()", "missing argument for parameter 'x' in call"),
        ("let c = 1\nc = 2", "cannot assign to value: 'c' is a 'let' constant"),
        ("var e: [Int] = []\ne.removeLast()", "Can't remove last element from an empty collection"),
        ("-Int.min", "arithmetic operation '0 - -9223372036854775808' (on type 'Int') results in an overflow"),
        ("5...1", "Range requires lowerBound <= upperBound"),
    ])
    func runtimeError(_ source: String, _ message: String) {
        let session = ScriptSession()
        let result = run(source, in: session)
        #expect(result.error?.message == message)
        #expect(result.error?.kind == .runtime)
        #expect(run("1 + 1", in: session).valueText == "2")
    }

    @Test func errorsCarryFileLineAndColumn() {
        let session = ScriptSession()
        let result = session.run("let a = [1, 2]\nprint(a)\na[7]", origin: SourceOrigin(file: "lesson.md", line: 20))
        #expect(result.printed == "[1, 2]\n")
        #expect(result.error?.description == "lesson.md:22:2: error: Index out of range")
    }

    @Test func suggestsCloseNames() {
        #expect(output("let learningRate = 0.1\nlearningRat").hasSuffix("did you mean 'learningRate'?"))
    }

    @Test func infiniteLoopHitsTheTimeLimit() {
        let session = ScriptSession(options: .init(timeLimit: 0.2))
        let result = run("while true {}", in: session)
        #expect(result.error?.kind == .timeout)
        #expect(result.error?.message == "cell exceeded its time limit of 0.2 s")
        #expect(run("print(\"next\")", in: session).printed == "next\n")
    }

    @Test func runawayRecursionIsAnError() {
        let session = ScriptSession(options: .init(stackSize: 16 << 20))
        let result = run("func down(_ n: Int) -> Int { down(n + 1) }\ndown(0)", in: session)
        #expect(result.error?.message.hasPrefix("too deep recursion") == true)
        #expect(run("1", in: session).valueText == "1")
    }

    @Test func deepButAllowedRecursionRuns() {
        #expect(output("func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }\ndepth(9_000)") == "9000")
    }

    @Test func syntaxErrorsAreFormattedLikeSwiftc() {
        let result = ScriptSession().run(
            "let a = 1\nlet x = [1, 2\nprint(a)", origin: SourceOrigin(file: "lesson.md", line: 7))
        #expect(result.error?.kind == .syntax)
        let expected = """
            lesson.md:8:14: error: expected ']' to end array
            7 | let a = 1
            8 | let x = [1, 2
              |              `- error: expected ']' to end array
            9 | print(a)
            """
        #expect(result.error?.description == expected)
        #expect(ScriptSession.diagnose("let = 3", origin: SourceOrigin(file: "f.md")).count == 1)
    }

    @Test(arguments: [
        ("actor A {}", "`actor` declarations are not supported in lesson cells"),
        (
            "class A { final func f() {} }\nclass B: A { override func f() {} }",
            "instance method overrides a 'final' instance method"
        ),
        (
            "protocol Shape { var area: Double { get } }\nstruct Square: Shape {}",
            "type 'Square' does not conform to protocol 'Shape'"
        ),
        // Attributes that would change the meaning if ignored.
        ("@_silgen_name(\"abort\") func stop()", "attribute '@_silgen_name' is not supported in lesson cells"),
        (
            "func later(_ x: @autoclosure () -> Int) -> Int { x() }",
            "attribute '@autoclosure' is not supported in lesson cells"
        ),
        (
            "struct S { @_silgen_name(\"exit\") static func leave() }",
            "attribute '@_silgen_name' is not supported in lesson cells"
        ),
        (
            "@propertyWrapper struct Clamped { var wrappedValue: Int }",
            "attribute '@propertyWrapper' is not supported in lesson cells"
        ),
    ])
    func unsupportedConstructsAreRejectedAtTheirLocation(_ source: String, _ message: String) {
        let result = run("print(1)\n" + source)
        #expect(result.error?.message == message)
        #expect(result.error?.kind == .syntax)
        #expect(result.error?.position?.line ?? 0 >= 2)
        #expect(result.printed.isEmpty)
    }

    @Test func thrownErrorsReachTheTopLevel() {
        let text = output("enum Failure: Error { case bad }\nfunc f() throws { throw Failure.bad }\ntry f()")
        #expect(text == "error: Error raised at top level: main.Failure.bad")
        let result = run("enum Failure: Error { case bad }\nfunc f() throws { throw Failure.bad }\ntry f()")
        #expect(result.error?.description == "test.md:2:19: error: Error raised at top level: main.Failure.bad")
    }

    @Test func namesOfAFailedCellAreUndefinedBelowIt() {
        let failed = "error: cannot find 'rate' in scope: the cell that declares it failed"
        #expect(output("let rate = 0.1", "let rate = [0.5][3]", "rate") == failed)
        #expect(output("let rate = 0.1", "func f() -> Double { rate }", "let rate = [0.5][3]", "f()") == failed)
        #expect(
            output("var (a, b) = (1, 2)", "var (a, b) = (3, [4][2])", "b")
                == "error: cannot find 'b' in scope: the cell that declares it failed")
        #expect(output("let rate = 0.1", "let rate = [0.5][3]", "let rate = 0.2", "rate") == "0.2")
        #expect(output("let rate = 0.1", "let rate = (0.5", "rate") == failed)
    }

    @Test func suggestionsAreTheSameOnEveryRun() {
        // Both names are one edit away from `lx`: the first in alphabetical order is suggested.
        let texts = (0..<5).map { _ in output("let la = 1\nlet lb = 2", "lx") }
        #expect(Set(texts) == ["error: cannot find 'lx' in scope; did you mean 'la'?"])
    }

    @Test(arguments: [
        "func f(_ xs: Int..., y: Int) {}\nf(1, 2, z: 3)",
        "func f(a: Int, b: Int...) {}\nf(b: 1, 2, 3, a: 4)",
        "func f(_ x: Int = 1, y: Int = 2) {}\nf(z: 1, 2, 3, 4)",
    ])
    func mismatchedArgumentsAreErrorsNotCrashes(_ source: String) {
        let result = run(source)
        #expect(result.error != nil)
    }
}
