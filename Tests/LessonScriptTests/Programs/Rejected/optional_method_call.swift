class Node {
    var next: Node?
    func value() -> Int { 1 }
}
let head = Node()
print(head.next.value())
