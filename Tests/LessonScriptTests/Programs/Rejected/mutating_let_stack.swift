struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}
let stack = Stack<Int>()
stack.push(3)
print(stack.items)
