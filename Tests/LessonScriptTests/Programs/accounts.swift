// A bank: a class hierarchy with overridden methods and properties, super calls, and class-wide counters.
class Account {
    static var opened = 0
    let owner: String
    private(set) var balance: Double
    var kind: String { "account" }

    init(owner: String, balance: Double = 0) {
        self.owner = owner
        self.balance = balance
        Account.opened += 1
    }

    func deposit(_ amount: Double) {
        balance += amount
    }

    func withdraw(_ amount: Double) -> Bool {
        guard amount <= balance else { return false }
        balance -= amount
        return true
    }

    func monthEnd() {}

    func summary() -> String { "\(owner)'s \(kind): \(balance)" }
}

class Savings: Account {
    let rate: Double
    init(owner: String, balance: Double, rate: Double) {
        self.rate = rate
        super.init(owner: owner, balance: balance)
    }
    override var kind: String { "savings" }
    override func monthEnd() {
        deposit(balance * rate / 12)
    }
}

class Checking: Account {
    var overdraft = 100.0
    override var kind: String { "checking" }
    override func withdraw(_ amount: Double) -> Bool {
        if super.withdraw(amount) { return true }
        guard amount <= balance + overdraft else { return false }
        overdraft -= amount - balance
        let rest = balance
        _ = super.withdraw(rest)
        return true
    }
    override func summary() -> String { super.summary() + " (overdraft left \(overdraft))" }
}

let accounts: [Account] = [
    Account(owner: "Ada"),
    Savings(owner: "Grace", balance: 1200, rate: 0.05),
    Checking(owner: "Alan", balance: 50),
]
accounts[0].deposit(10)
print(accounts[2].withdraw(80), accounts[2].withdraw(500))
for account in accounts {
    account.monthEnd()
    print(account.summary())
}
print("opened:", Account.opened)
let total = accounts.reduce(0) { $0 + $1.balance }
print("total:", total)
let savers = accounts.compactMap { $0 as? Savings }
print(savers.map { $0.owner }, accounts.filter { $0 is Checking }.count)
