import LessonScript
import Testing

@Test func arithmeticAndPrinting() {
    #expect(output("print(1 + 2 * 3)") == "7\n")
    #expect(output("let x: Double = 3\nx") == "3.0")
    #expect(output("2 ** 3 ** 2") == "512")
    #expect(output("Double(7) / 2") == "3.5")
}
