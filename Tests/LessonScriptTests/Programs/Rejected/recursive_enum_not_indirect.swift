enum Tree {
    case leaf(Int)
    case node(Tree, Tree)
}
let tree = Tree.node(.leaf(1), .leaf(2))
print(tree)
