// Error enums with associated values, thrown and caught by patterns: specific cases, bound payloads, where
// clauses, several patterns in one catch, `catch let error as T`, and the implicit `error`.
enum ParseError: Error {
    case empty
    case invalidCharacter(Character, at: Int)
    case outOfRange(value: Int, limit: Int)
}

struct Unexpected: Error {
    let message: String
}

func parseDigits(_ text: String, limit: Int = 1000) throws -> Int {
    guard !text.isEmpty else { throw ParseError.empty }
    var value = 0
    for (index, character) in text.enumerated() {
        guard let digit = character.wholeNumberValue else {
            throw ParseError.invalidCharacter(character, at: index)
        }
        value = value * 10 + digit
    }
    if value > limit { throw ParseError.outOfRange(value: value, limit: limit) }
    if value == 13 { throw Unexpected(message: "unlucky") }
    return value
}

for input in ["42", "", "4x2", "5000", "99999", "13", "007"] {
    do {
        let value = try parseDigits(input)
        print("parsed", value)
    } catch ParseError.empty {
        print("empty input")
    } catch ParseError.invalidCharacter(let character, let index) {
        print("bad character '\(character)' at \(index)")
    } catch ParseError.outOfRange(let value, _) where value > 10_000 {
        print("far too big:", value)
    } catch ParseError.outOfRange(let value, let limit) {
        print("\(value) is over \(limit)")
    } catch let error as Unexpected {
        print("unexpected:", error.message)
    } catch {
        print("other:", error)
    }
}

func check(_ inputs: [String]) -> [String] {
    inputs.map { input in
        do {
            return String(try parseDigits(input, limit: 50))
        } catch ParseError.empty, ParseError.invalidCharacter {
            return "invalid"
        } catch {
            return "error"
        }
    }
}
print(check(["7", "a", "", "77", "13"]))

do {
    _ = try parseDigits("12a")
} catch {
    print(error)
    if case ParseError.invalidCharacter(_, let index) = error { print("index", index) }
    print(error is ParseError, error as? Unexpected == nil)
}
let failure: Error = ParseError.outOfRange(value: 3, limit: 2)
print(failure)
print(Unexpected(message: "m"))
