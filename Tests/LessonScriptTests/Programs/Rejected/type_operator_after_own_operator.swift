struct Money {
    var cents: Int
    static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
}
let total = Money(cents: 5) + Money(cents: 7)
let rate = 0.5
print(total.cents * rate)
