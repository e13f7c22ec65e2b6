protocol Callback {
    var name: String { get }
    func afterEpoch(_ epoch: Int)
}
struct Printer: Callback {
    var name = "printer"
    func afterEpoch(epoch: Int) { print(epoch) }
}
Printer().afterEpoch(epoch: 1)
