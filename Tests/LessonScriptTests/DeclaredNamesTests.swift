import LessonScript
import Testing

/// What a cell declares for later cells, and which name an undefined-name error is about.
struct DeclaredNamesTests {
    @Test func findsTopLevelConstantsVariablesFunctionsAndTypes() {
        let source = """
            let (x, y) = (1, 2)
            var total: Int = 0, count = 3
            func f(a: Int) -> Int { let inner = a; return inner }
            struct Point { var px = 0 }
            class Model {}
            enum Kind { case a }
            if true { let hidden = 1 }
            print(x)
            """
        #expect(
            ScriptSession.declaredNames(in: source) == ["x", "y", "total", "count", "f", "Point", "Model", "Kind"])
        #expect(ScriptSession.declaredNames(in: "1 + (").isEmpty)
    }

    @Test func anUndefinedNameErrorNamesItsName() {
        let session = ScriptSession()
        #expect(run("model.fit()", in: session).error?.undefinedName == "model")
        _ = run("let model = 1", in: session)
        let typo = run("modell", in: session).error
        #expect(typo?.message == "cannot find 'modell' in scope; did you mean 'model'?")
        #expect(typo?.undefinedName == "modell")
        #expect(run("[1][3]", in: session).error?.undefinedName == nil)
    }
}
