struct Money {
    var cents: Int
    func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
}
