// Access control within one program: private(set) properties readable outside and changed only by the type,
// private helpers used by the type's own methods, and fileprivate members.
struct Inventory {
    private(set) var items: [String: Int] = [:]
    private(set) var changes = 0
    private var history: [String] = []

    mutating func add(_ item: String, count: Int = 1) {
        items[item, default: 0] += count
        record("add \(count) \(item)")
    }

    mutating func remove(_ item: String) -> Bool {
        guard let current = items[item], current > 0 else { return false }
        items[item] = current == 1 ? nil : current - 1
        record("remove \(item)")
        return true
    }

    private mutating func record(_ entry: String) {
        changes += 1
        history.append(entry)
    }

    func lastChange() -> String { history.last ?? "none" }
}

var stock = Inventory()
stock.add("apple", count: 3)
stock.add("pear")
print(stock.remove("pear"), stock.remove("pear"), stock.remove("kiwi"))
print(stock.items, stock.changes, stock.lastChange())

final class Account {
    private(set) var balance = 0
    internal private(set) var owner: String
    fileprivate var audits = 0
    init(owner: String) { self.owner = owner }
    func deposit(_ amount: Int) {
        guard amount > 0 else { return }
        balance += amount
    }
    func rename(to name: String) {
        owner = name
        audits += 1
    }
}

let account = Account(owner: "ada")
account.deposit(50)
account.deposit(-10)
account.rename(to: "Ada L.")
print(account.balance, account.owner, account.audits)

struct Counter {
    private(set) var value = 0 {
        didSet { print("value is now \(value)") }
    }
    mutating func increment() { value += 1 }
}
var counter = Counter()
counter.increment()
counter.increment()
print(counter.value)
