// Classes with static counters, convenience initializers, computed properties and error handling.
enum BankError: Error, Equatable {
    case insufficientFunds(needed: Double)
    case frozen
}

class Account: CustomStringConvertible, Equatable {
    static var opened = 0
    let id: Int
    let owner: String
    private(set) var balance: Double
    var isFrozen = false

    init(owner: String, balance: Double) {
        Account.opened += 1
        id = Account.opened
        self.owner = owner
        self.balance = balance
    }

    convenience init(owner: String) {
        self.init(owner: owner, balance: 0)
    }

    func deposit(_ amount: Double) {
        balance += amount
    }

    func withdraw(_ amount: Double) throws {
        guard !isFrozen else { throw BankError.frozen }
        guard amount <= balance else { throw BankError.insufficientFunds(needed: amount - balance) }
        balance -= amount
    }

    var description: String { "#\(id) \(owner): \(balance)" }

    static func == (a: Account, b: Account) -> Bool { a.id == b.id }
}

final class Savings: Account {
    var rate: Double
    init(owner: String, balance: Double, rate: Double) {
        self.rate = rate
        super.init(owner: owner, balance: balance)
    }
    func addInterest() { deposit(balance * rate) }
    override var description: String { super.description + " @\(rate)" }
}

let alice = Account(owner: "alice", balance: 100)
let bob = Account(owner: "bob")
let carol = Savings(owner: "carol", balance: 200, rate: 0.05)
carol.addInterest()
bob.deposit(20)
let accounts: [Account] = [alice, bob, carol]
for account in accounts { print(account) }
do {
    try alice.withdraw(30)
    try bob.withdraw(50)
} catch BankError.insufficientFunds(let needed) {
    print("bob needs \(needed) more")
} catch {
    print("unexpected \(error)")
}
carol.isFrozen = true
do {
    try carol.withdraw(1)
} catch let error as BankError {
    print(error == .frozen ? "frozen" : "other")
}
print(Account.opened, alice == accounts[0], alice == bob, accounts.firstIndex(of: carol) ?? -1)
let rich = accounts.filter { $0.balance > 50 }.map(\.owner)
print(rich, accounts.map { $0 is Savings })
let total = accounts.reduce(0.0) { $0 + $1.balance }
print("total:", total)
let same = alice
same.deposit(5)
print(alice.balance, same === alice, bob === alice)
