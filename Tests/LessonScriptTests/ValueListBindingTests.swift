import LessonScript
import Testing

/// A test-only list object: its values are what `asArray()` gives, its display shows them.
final class Bag: ValueList {
    var values: [Value]
    init(_ values: [Value]) { self.values = values }
}

/// A test-only picture, shown differently as a cell's last value.
final class Picture {}

/// The registrations lists, settable static properties and final-value displays use.
func bagBindings(recorded: @escaping (Int) -> Void = { _ in }) -> BindingTable {
    let table = BindingTable()
    let bag = table.type(Bag.self, name: "Bag")
    bag.initializer("init(_...:)") { call in .native(Bag(try call.value(0).asArray())) }
    bag.displayContents { bag, describe in "Bag<" + (try bag.values.map(describe)).joined(separator: "|") + ">" }
    var label = "first"
    bag.staticProperty("label", get: { .string(label) }, set: { label = try $0.asString() })
    table.function("total(_:)") { call in .int(try call.value(0).asArray().reduce(0) { $0 + (try $1.asInt()) }) }
    table.function("sortedDown(_:_:)") { call in
        try call.callMethod(call.value(0), "sorted", [call.value(1)], labels: ["by"])
    }
    table.function("second(_:)") { call in try call.subscriptValue(call.value(0), [.int(1)]) }
    table.function("elementsOf(_:)") { call in .array(try call.elements(of: call.value(0))) }
    let picture = table.type(Picture.self, name: "Picture")
    picture.initializer("init()") { _ in .native(Picture()) }
    picture.display { _ in "Picture()" }
    picture.finalValueDisplay { _, offset in
        recorded(offset)
        return "<picture>"
    }
    return table
}

@Suite struct ValueListBindingTests {
    @Test func aListDisplaysItsValuesAndPassesAsAnArray() {
        let session = ScriptSession(bindings: bagBindings())
        #expect(run("Bag(1, \"two\", [3])", in: session).valueText == "Bag<1|\"two\"|[3]>")
        #expect(run("print(Bag(1, 2))", in: session).printed == "Bag<1|2>\n")
        #expect(run("[Bag(1)]", in: session).valueText == "[Bag<1>]")
        #expect(run("total(Bag(1, 2, 3))", in: session).valueText == "6")
    }

    @Test func aStaticPropertyCanBeSet() {
        let session = ScriptSession(bindings: bagBindings())
        #expect(run("Bag.label", in: session).valueText == "\"first\"")
        #expect(run("Bag.label = \"second\"\nBag.label", in: session).valueText == "\"second\"")
        #expect(run("Bag.label += \"!\"\nBag.label", in: session).valueText == "\"second!\"")
        #expect(
            run("Picture.label = \"x\"", in: session).error?.message
                == "cannot assign to property: 'label' is not a settable static property of 'Picture'")
    }

    @Test func bindingsReachTheStandardLibrary() {
        let session = ScriptSession(bindings: bagBindings())
        #expect(run("sortedDown([1, 3, 2], >)", in: session).valueText == "[3, 2, 1]")
        #expect(run("second((7, 8))", in: session).error != nil, "a tuple has no subscript in Swift")
        #expect(run("second([7, 8])", in: session).valueText == "8")
        #expect(run("elementsOf(1...3)", in: session).valueText == "[1, 2, 3]")
    }

    @Test func aFinalValueCanShowItsOwnWay() {
        var offsets: [Int] = []
        let session = ScriptSession(bindings: bagBindings { offsets.append($0) })
        #expect(run("print(\"ab\", terminator: \"\")\nPicture()", in: session).text == "ab\n<picture>")
        #expect(run("Picture()", in: session).valueText == "<picture>")
        #expect(run("[Picture()]", in: session).valueText == "[Picture()]")
        #expect(offsets == [3, 0])
    }
}
