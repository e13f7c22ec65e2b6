import LessonScript
import Testing

/// A test-only library class exercising every kind of registration.
final class Counter {
    var value: Int
    init(_ value: Int) { self.value = value }
}

/// A subclass, to check that registrations are inherited through `parent:`.
final class NamedCounter {
    let counter: Counter
    let name: String
    init(name: String) {
        self.name = name
        counter = Counter(0)
    }
}

func counterBindings() -> BindingTable {
    let table = BindingTable()
    let counter = table.type(Counter.self, name: "Counter")
    counter.initializer("init(start?:)") { call in .native(Counter(try call["start"]?.asInt() ?? 0)) }
    counter.initializer("init(_:)") { call in .native(Counter(try call.value(0).asInt())) }
    counter.method("increment(by?:)") { counter, call in
        counter.value += try call["by"]?.asInt() ?? 1
        return .native(counter)
    }
    counter.method("apply(_:)") { counter, call in
        counter.value = try call.callFunction(try call.value(0), [.int(counter.value)]).asInt()
        return .void
    }
    counter.method("callAsFunction(_:)") { counter, call in .int(counter.value * (try call.value(0).asInt())) }
    counter.property("value", get: { .int($0.value) }, set: { counter, value in counter.value = try value.asInt() })
    counter.property("isZero", get: { .bool($0.value == 0) })
    counter.staticProperty("zero") { .native(Counter(0)) }
    counter.subscripts(
        get: { counter, indices in
            if case .range(let range)? = indices.first, range.lower == nil, range.upper == nil { return .string("all") }
            if case .symbol(let name)? = indices.first { return .string("symbol \(name)") }
            return .int(counter.value + (try indices.reduce(0) { $0 + (try $1.asInt()) }))
        },
        set: { counter, indices, newValue in counter.value = try newValue.asInt() - (try indices[0].asInt()) })
    counter.binaryOperator(.add) { lhs, rhs in
        func number(_ value: Value) throws -> Int {
            if case .native(let object) = value, let counter = object as? Counter { return counter.value }
            return try value.asInt()
        }
        return .native(Counter(try number(lhs) + number(rhs)))
    }
    counter.inPlaceOperator(.subtract) { counter, amount in counter.value -= try amount.asInt() }
    counter.prefixOperator(.negate) { .native(Counter(-$0.value)) }
    counter.iterate { counter in
        var next = 0
        return {
            guard next < counter.value else { return nil }
            next += 1
            return .int(next)
        }
    }
    counter.display { "Counter(\($0.value))" }
    counter.printDescription { "counter at \($0.value)" }
    table.function("double(_:)", where: { if case .native? = $0[0] { true } else { false } }) { call in
        let counter = try call.value(0).asNative(Counter.self)
        return .native(Counter(counter.value * 2))
    }
    table.function("total(_...:)") { call in
        .int(try call.value(0).asArray().reduce(0) { $0 + (try $1.asNative(Counter.self).value) })
    }
    table.function("twice(_:)") { call in
        let body = try call.value(0)
        _ = try call.callFunction(body, [])
        return try call.callFunction(body, [])
    }
    table.function("abs(_:)", where: { if case .native? = $0[0] { true } else { false } }) { call in
        .native(Counter(Swift.abs(try call.value(0).asNative(Counter.self).value)))
    }
    table.implicitMember("everything", .string("EVERYTHING"))
    return table
}

struct BindingTableTests {
    let bindings = counterBindings()

    @Test func initializersMethodsAndProperties() {
        #expect(
            output("let c = Counter(start: 2)\nc.increment()\nc.increment(by: 3)\nc.value", bindings: bindings) == "6")
        #expect(output("Counter(5)", bindings: bindings) == "Counter(5)")
        #expect(output("Counter()", bindings: bindings) == "Counter(0)")
        #expect(output("print(Counter(4))", bindings: bindings) == "counter at 4\n")
        #expect(output("[Counter(1), Counter(2)]", bindings: bindings) == "[Counter(1), Counter(2)]")
        #expect(output("let c: Counter? = Counter(3)\nc", bindings: bindings) == "Counter(3)")
        #expect(output("let c = Counter(1)\nc.value = 9\nc.isZero", bindings: bindings) == "false")
        #expect(output("Counter.zero.value", bindings: bindings) == "0")
        #expect(output("Counter(1).increment().increment().value", bindings: bindings) == "3")
    }

    @Test func errorsFromBindingsAndLabels() {
        #expect(
            output("Counter(1).isZero = true", bindings: bindings)
                == "error: cannot assign to property: 'isZero' is a get-only property")
        #expect(
            output("Counter(1).increment(step: 2)", bindings: bindings).hasPrefix("error: incorrect argument label"))
        #expect(
            output("Counter(1).missing", bindings: bindings) == "error: value of type 'Counter' has no member 'missing'"
        )
        #expect(
            output("Counter(start: \"x\")", bindings: bindings)
                == "error: cannot convert value of type 'String' to expected argument type 'Int'")
    }

    @Test func subscriptsWithAnyIndices() {
        #expect(output("Counter(10)[1, 2]", bindings: bindings) == "13")
        #expect(output("Counter(10)[...]", bindings: bindings) == "\"all\"")
        #expect(output("Counter(10)[.newAxis]", bindings: bindings) == "\"symbol newAxis\"")
        #expect(output("[.everything]", bindings: bindings) == "[\"EVERYTHING\"]")
        #expect(output("let c = Counter(0)\nc[2] = 7\nc.value", bindings: bindings) == "5")
        #expect(output("let c = Counter(0)\nc[1] += 4\nc.value", bindings: bindings) == "4")
    }

    @Test func operatorsAndInPlaceAssignment() {
        #expect(output("Counter(2) + Counter(3)", bindings: bindings) == "Counter(5)")
        #expect(output("Counter(2) + 1", bindings: bindings) == "Counter(3)")
        #expect(output("-Counter(2)", bindings: bindings) == "Counter(-2)")
        #expect(output("let c = Counter(10)\nlet same = c\nc -= 4\nsame.value", bindings: bindings) == "6")
        #expect(
            output("var c = Counter(10)\nlet before = c\nc += 5\n(c.value, before.value)", bindings: bindings)
                == "(15, 10)")
        #expect(
            output(
                "struct Holder { var counter: Counter }\nvar h = Holder(counter: Counter(3))\nh.counter -= 1\nh.counter.value",
                bindings: bindings) == "2")
    }

    @Test func iterationAndArrays() {
        #expect(output("var sum = 0\nfor i in Counter(4) { sum += i }\nsum", bindings: bindings) == "10")
        #expect(output("Array(Counter(3))", bindings: bindings) == "[1, 2, 3]")
        #expect(output("Counter(3).map { $0 * 10 }", bindings: bindings) == "[10, 20, 30]")
    }

    @Test func functionsOverloadsAndCallbacks() {
        #expect(output("double(Counter(4))", bindings: bindings) == "Counter(8)")
        #expect(output("total(Counter(1), Counter(2), Counter(3))", bindings: bindings) == "6")
        #expect(output("var n = 0\ntwice { n += 1 }\nn", bindings: bindings) == "2")
        #expect(output("let c = Counter(3)\nc.apply { $0 * 7 }\nc.value", bindings: bindings) == "21")
        #expect(output("abs(Counter(-3))", bindings: bindings) == "Counter(3)")
        #expect(output("abs(-3)", bindings: bindings) == "3")
        #expect(output("Counter(3)(4)", bindings: bindings) == "12")
        #expect(output("[Counter(1), Counter(2)].map(double)", bindings: bindings) == "[Counter(2), Counter(4)]")
        #expect(output("let make = Counter.init\nmake(6)", bindings: bindings) == "Counter(6)")
        #expect(output("Counter(1) is Counter", bindings: bindings) == "true")
    }
}
