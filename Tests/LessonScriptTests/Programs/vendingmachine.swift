// A vending machine as a state machine: an enum state with associated values, transitions that throw typed
// errors, and a class holding the state with an observer logging each change.
enum VendingError: Error, CustomStringConvertible {
    case soldOut(String)
    case insufficientFunds(needed: Int)
    case invalidSelection(String)

    var description: String {
        switch self {
        case .soldOut(let item): return "\(item) is sold out"
        case .insufficientFunds(let needed): return "please insert \(needed) more"
        case .invalidSelection(let code): return "no item \(code)"
        }
    }
}

enum State: Equatable {
    case idle
    case collecting(credit: Int)
    case dispensing(String)
}

final class VendingMachine {
    private var stock: [String: (price: Int, count: Int)] = ["A1": (125, 2), "B2": (90, 0), "C3": (60, 5)]
    private(set) var log: [String] = []
    private(set) var state = State.idle {
        didSet { log.append("\(oldValue) -> \(state)") }
    }

    func insert(_ coins: Int) {
        switch state {
        case .idle, .dispensing: state = .collecting(credit: coins)
        case .collecting(let credit): state = .collecting(credit: credit + coins)
        }
    }

    func select(_ code: String) throws -> Int {
        guard let item = stock[code] else { throw VendingError.invalidSelection(code) }
        guard item.count > 0 else { throw VendingError.soldOut(code) }
        guard case .collecting(let credit) = state, credit >= item.price else {
            let credit = if case .collecting(let c) = state { c } else { 0 }
            throw VendingError.insufficientFunds(needed: item.price - credit)
        }
        stock[code] = (item.price, item.count - 1)
        state = .dispensing(code)
        return credit - item.price
    }

    func finish() { state = .idle }
    func remaining(_ code: String) -> Int { stock[code]?.count ?? 0 }
}

let machine = VendingMachine()
let attempts: [(coins: Int, code: String)] = [(100, "A1"), (50, "A1"), (200, "B2"), (0, "Z9"), (60, "C3")]
for attempt in attempts {
    if attempt.coins > 0 { machine.insert(attempt.coins) }
    do {
        let change = try machine.select(attempt.code)
        print("dispensed \(attempt.code), change \(change)")
        machine.finish()
    } catch let error as VendingError {
        print("error:", error)
    } catch {
        print("unexpected", error)
    }
}
print(machine.remaining("A1"), machine.remaining("C3"), machine.state)
for entry in machine.log { print(entry) }
