// A generic binary search tree: a class with a Comparable constraint, recursion, and generic traversal methods.
final class Node<Key, Value> {
    let key: Key
    var value: Value
    var left: Node<Key, Value>?
    var right: Node<Key, Value>?
    init(key: Key, value: Value) {
        self.key = key
        self.value = value
    }
}

final class Tree<Key: Comparable, Value> {
    private var root: Node<Key, Value>?
    private(set) var count = 0

    func insert(_ key: Key, _ value: Value) {
        guard let root = root else {
            self.root = Node<Key, Value>(key: key, value: value)
            count = 1
            return
        }
        var node = root
        while true {
            if key == node.key {
                node.value = value
                return
            }
            if key < node.key {
                guard let next = node.left else {
                    node.left = Node<Key, Value>(key: key, value: value)
                    break
                }
                node = next
            } else {
                guard let next = node.right else {
                    node.right = Node<Key, Value>(key: key, value: value)
                    break
                }
                node = next
            }
        }
        count += 1
    }

    func find(_ key: Key) -> Value? {
        var node = root
        while let current = node {
            if key == current.key { return current.value }
            node = key < current.key ? current.left : current.right
        }
        return nil
    }

    func inOrder() -> [(Key, Value)] {
        var result: [(Key, Value)] = []
        func visit(_ node: Node<Key, Value>?) {
            guard let node = node else { return }
            visit(node.left)
            result.append((node.key, node.value))
            visit(node.right)
        }
        visit(root)
        return result
    }

    func height() -> Int {
        func depth(_ node: Node<Key, Value>?) -> Int {
            guard let node = node else { return 0 }
            return 1 + max(depth(node.left), depth(node.right))
        }
        return depth(root)
    }
}

let tree = Tree<Int, String>()
for (key, value) in [(5, "five"), (2, "two"), (8, "eight"), (1, "one"), (9, "nine"), (5, "FIVE")] {
    tree.insert(key, value)
}
print(tree.count, tree.height(), tree.find(5) ?? "-", tree.find(7) ?? "-")
print(tree.inOrder().map { $0.1 })
let words = Tree<String, Int>()
for word in ["pear", "apple", "fig", "apple"] { words.insert(word, word.count) }
print(words.inOrder().map { "\($0.0)=\($0.1)" }, words.count)
