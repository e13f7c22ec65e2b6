import LessonScript
import Testing

/// Deep recursion and deeply nested values use up the stack the session gives its cells, never the process:
/// the limit counts the stack used, so it holds in debug and release builds alike, whatever each level costs.
/// Sessions here have small stacks, so the limits trigger at depths that a test reaches quickly.
struct StackLimitTests {
    private func session(stack: Int) -> ScriptSession {
        ScriptSession(options: .init(timeLimit: 60, stackSize: stack))
    }

    @Test func recursionStopsWhenTheStackRunsOutNotAfterACountOfCalls() {
        let small = session(stack: 8 << 20)
        let source = "func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }\ndown(1_000_000)"
        let result = run(source, in: small)
        #expect(result.error?.message.hasPrefix("too deep recursion") == true)
        #expect(result.error?.position?.line == 1)
        #expect(run("1 + 1", in: small).valueText == "2")
        // The same recursion, 20,000 calls deep, fits a larger stack (a count of calls would have cut it off).
        let large = run("func down(_ n: Int) -> Int { n == 0 ? 0 : 1 + down(n - 1) }\ndown(20_000)")
        #expect(large.valueText == "20000")
    }

    @Test func recursionWhoseBodyNestsDeeplyStopsCleanly() {
        // Each call evaluates 150 nested parentheses before recursing: the stack runs out long before 9,990 calls.
        let nested = String(repeating: "(1 + ", count: 150) + "f(n - 1)" + String(repeating: ")", count: 150)
        let source = "func f(_ n: Int) -> Int { n == 0 ? 0 : \(nested) - 150 }\nf(9990)"
        let small = session(stack: 32 << 20)
        let result = run(source, in: small)
        #expect(result.error?.message.hasPrefix("too deep recursion") == true, "\(result.error?.message ?? "")")
        // The session goes on; `f` was declared by the failed cell, so it is declared again to be called.
        let again = "func f(_ n: Int) -> Int { n == 0 ? 0 : \(nested) - 150 }\nf(10)"
        #expect(run(again, in: small).valueText == "0")
    }

    @Test func deeplyNestedValuesAreComparedAndHashedWithoutRecursion() {
        let small = session(stack: 8 << 20)
        _ = run("var a: [Any] = []\nvar b: [Any] = []\nfor _ in 0..<100_000 { a = [a]; b = [b] }", in: small)
        #expect(run("a == b", in: small).valueText == "true")
        #expect(run("Set([a, b]).count", in: small).valueText == "1")
        #expect(run("var seen: [[Any]: Int] = [:]\nseen[a] = 1\nseen[b]", in: small).valueText == "1")
        let printed = run("print(a)", in: small)
        #expect(printed.error?.message == "value is nested too deeply to print")
        let displayed = small.run("let b = 2\n(a)", origin: SourceOrigin(file: "deep.md", line: 4))
        #expect(displayed.error?.description == "deep.md:5:1: error: value is nested too deeply to print")
        #expect(run("1", in: small).valueText == "1")
    }

    @Test func displayingAValueNestedAHundredThousandLevelsDeepIsAnErrorOrItsText() {
        let session = ScriptSession()
        _ = run("var a: [Any] = []\nfor _ in 0..<100_000 { a = [a] }", in: session)
        let result = run("a", in: session)
        if let error = result.error {
            #expect(error.message == "value is nested too deeply to print")
        } else {
            #expect(result.valueText?.utf8.count == 200_002)
        }
        #expect(run("2", in: session).valueText == "2")
    }

    @Test func aLongLinkedListOfClassInstancesIsLetGoByAnAssignment() {
        let small = session(stack: 8 << 20)
        let build = """
            final class Node { var next: Node?; init(_ next: Node?) { self.next = next } }
            var head: Node? = nil
            for _ in 0..<200_000 { head = Node(head) }
            """
        #expect(run(build, in: small).error == nil)
        #expect(run("head = nil\nhead == nil", in: small).valueText == "true")
        _ = run(
            "func chain() -> Int {\n  var h: Node? = nil\n  for _ in 0..<200_000 { h = Node(h) }\n  return 1\n}",
            in: small)
        #expect(run("chain() + chain()", in: small).valueText == "2")
    }

    @Test func deeplyNestedOptionalsUnwrapWithoutRecursion() {
        let small = session(stack: 8 << 20)
        _ = run("var o: Any? = 1\nfor _ in 0..<200_000 { o = Optional(o) }", in: small)
        #expect(run("(o as? Int) != nil", in: small).valueText == "true")
        #expect(run("o == 1", in: small).valueText == "true")
    }
}
