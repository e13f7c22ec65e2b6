// String literals: escapes, Unicode scalars, multi-line strings with indentation and interpolation, raw
// strings, interpolation of expressions and custom descriptions, and characters counted as Swift counts them.
struct Version: CustomStringConvertible {
    let major: Int
    let minor: Int
    var description: String { "v\(major).\(minor)" }
}

let version = Version(major: 2, minor: 15)
let tab = "a\tb"
let newline = "line one\nline two"
let quote = "She said \"hi\" and left"
let backslash = "C:\\data\\mnist"
let unicode = "caf\u{E9} \u{1F600}"
print(tab, tab.count)
print(newline)
print(quote, quote.count)
print(backslash, backslash.count)
print(unicode, unicode.count, unicode.hasSuffix("\u{1F600}"))

let report = """
    Model: \(version)
      layers: \(3 + 1)
      loss: \(0.25 * 2)
    done
    """
print(report)
print(report.split(separator: "\n").count)

let raw = #"a raw "string" with \n kept"#
print(raw, raw.count)
let rawInterpolated = #"value: \#(version.major)"#
print(rawInterpolated)

let items = ["alpha", "beta"]
print("items: \(items), count: \(items.count), first: \(items.first ?? "none")")
print("nested: \("inner \("deep")")")
print("math: \(2 + 3 * 4), \(Double(7) / 2), \(7 / 2), \(-7 % 3)")
let optional: Int? = 5
print("optional: \(optional.map { "\($0)" } ?? "nil"), forced: \(optional!)")
print("bool: \(true && false), tuple: \((1, "x"))")
print("emoji count:", "👍🏽".count, "🇫🇷".count, "e\u{301}".count)
print("Ünïcödé".uppercased(), "STRASSE".lowercased())
let multi = """
    first "quoted" line
    second \\ line with a backslash
    """
print(multi)
