// Optional chaining across methods, subscripts and mutation: chains that call methods returning optionals,
// optional subscripts on dictionaries and arrays, mutating through a chain, and `??` at the end.
final class Node {
    let name: String
    var children: [Node] = []
    weak var parent: Node?
    var tags: [String: [String]] = [:]
    init(_ name: String) { self.name = name }

    func child(named name: String) -> Node? { children.first { $0.name == name } }

    @discardableResult
    func add(_ name: String) -> Node {
        let node = Node(name)
        node.parent = self
        children.append(node)
        return node
    }

    var path: String { (parent?.path).map { $0 + "/" + name } ?? name }
}

let root = Node("root")
let docs = root.add("docs")
docs.add("intro").add("draft")
root.add("src")
print(root.child(named: "docs")?.child(named: "intro")?.child(named: "draft")?.path ?? "missing")
print(root.child(named: "src")?.child(named: "main")?.path ?? "missing")
print(root.child(named: "docs")?.children.count ?? -1, root.child(named: "none")?.children.count ?? -1)

docs.tags["status"] = ["review"]
root.child(named: "docs")?.tags["status"]?.append("approved")
root.child(named: "docs")?.tags["owner"]?.append("nobody")
print(docs.tags["status"] ?? [], docs.tags["owner"] == nil)
print(docs.tags["status"]?.first?.uppercased() ?? "-", docs.tags["status"]?[1].count ?? 0)
print(docs.tags["missing"]?.first?.count ?? 0)

var table: [String: [Int]] = ["a": [1, 2]]
table["a"]?[0] += 10
table["b"]?[0] += 10
table["a"]?.append(3)
print(table["a"] ?? [], table["b"] == nil, table["a"]?.count ?? 0)

struct Settings {
    var limits: [String: Int]? = ["epochs": 3]
    var name: String?
}
var settings = Settings()
settings.limits?["epochs"]? += 2
settings.limits?["batch"] = 64
settings.name?.append("!")
print(settings.limits?["epochs"] ?? 0, settings.limits?["batch"] ?? 0, settings.name ?? "unnamed")
let counts = settings.limits.map { $0.count }
print(counts ?? 0, settings.limits?.keys.sorted() ?? [])
let leaf = root.child(named: "docs")?.child(named: "intro")?.child(named: "draft")
print(
    leaf?.parent?.parent?.name ?? "-", leaf?.parent?.parent?.parent?.name ?? "-",
    leaf?.parent?.parent?.parent?.parent == nil)
