// Everyday functions: variadics, inout, defer, nested functions, repeat-while, default and labelled arguments.
func average(_ values: Double...) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
}

func clamp(_ value: inout Int, to range: ClosedRange<Int>) {
    value = min(max(value, range.lowerBound), range.upperBound)
}

func process(_ items: [String], log: inout [String]) -> Int {
    log.append("start")
    defer { log.append("end") }
    var count = 0
    for item in items {
        if item.isEmpty { continue }
        if item == "stop" { break }
        count += 1
    }
    return count
}

func makeFormatter(prefix: String = "#", width: Int) -> (Int) -> String {
    func pad(_ text: String) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
    return { number in prefix + pad(String(number)) }
}

func collatz(_ start: Int) -> [Int] {
    var n = start
    var steps = [n]
    repeat {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1
        steps.append(n)
    } while n != 1
    return steps
}

print(average(1, 2, 3, 4), average(), average(2.5))
var level = 15
clamp(&level, to: 0...10)
var low = -3
clamp(&low, to: 0...10)
print(level, low)
var log: [String] = []
print(process(["a", "", "b", "stop", "c"], log: &log), log)
let format = makeFormatter(width: 4)
let money = makeFormatter(prefix: "$", width: 6)
print(format(7), format(12345), money(99))
print(collatz(6), collatz(7).count, collatz(1))
let words = "Deep learning for coders".split(separator: " ")
print(words.map { $0.lowercased() }, words.map(\.count), words.joined(separator: "_"))
print(
    "swift".hasPrefix("sw"), "Loss".uppercased(), "a,b,,c".split(separator: ",").count,
    "abc".reversed().map { String($0) })
let text = """
    line one
      line two
    """
print(text, text.split(separator: "\n").count)
print("tab\there", "quote \"q\"", "unicode \u{1F600}".count, #"raw \n"#)
