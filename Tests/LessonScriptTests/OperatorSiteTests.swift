import LessonScript
import Testing

/// Two library classes whose `+` differ, to check that one operator in a cell's source, reached with objects of
/// several classes in turn, always calls the right class's operator (the site caches the last one).
private final class Meters {}
private final class Seconds {}

struct OperatorSiteTests {
    private func bindings() -> BindingTable {
        let table = BindingTable()
        let meters = table.type(Meters.self, name: "Meters")
        meters.initializer("init()") { _ in .native(Meters()) }
        meters.binaryOperator(.add) { _, rhs in .int(100 + (try rhs.asInt())) }
        let seconds = table.type(Seconds.self, name: "Seconds")
        seconds.initializer("init()") { _ in .native(Seconds()) }
        seconds.binaryOperator(.add) { _, rhs in .int(200 + (try rhs.asInt())) }
        return table
    }

    @Test func oneSiteFollowsTheClassOfItsLeftOperand() {
        let text = output(
            """
            let items: [Any] = [Meters(), Meters(), Seconds(), 7, Meters()]
            items.map { $0 + 1 }
            """, bindings: bindings())
        #expect(text == "[101, 101, 201, 8, 101]")
    }

    @Test func aClassWithoutTheOperatorStillGetsSwiftsError() {
        let text = output(
            """
            let items: [Any] = [Meters(), "text"]
            items.map { $0 + 1 }
            """, bindings: bindings())
        #expect(text.contains("binary operator '+' cannot be applied to operands of type 'String' and 'Int'"))
    }
}
