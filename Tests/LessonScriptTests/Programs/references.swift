// Weak references, required and convenience initializers reaching the subclass's override, class-constrained protocols, error enums matched by pattern and where.
class TreeNode {
    let value: Int
    weak var parent: TreeNode?
    var children: [TreeNode] = []
    init(_ value: Int) { self.value = value }
    func add(_ child: TreeNode) {
        children.append(child)
        child.parent = self
    }
    var depth: Int { (parent?.depth ?? -1) + 1 }
    deinit {}
}
let root = TreeNode(1)
let child = TreeNode(2)
root.add(child)
let grandchild = TreeNode(3)
child.add(grandchild)
print(grandchild.depth, grandchild.parent?.value ?? 0, root.children.count, child.parent === root)

class Base {
    var name: String
    required init(name: String) { self.name = name }
    convenience init() { self.init(name: "default") }
    class func create() -> Self { Self(name: "made") }
}
class Sub: Base {
    var extra = 0
    required init(name: String) {
        super.init(name: name.uppercased())
        extra = 1
    }
}
print(Sub(name: "x").name, Sub().name, Sub.create().name, Base.create().name)
let made = Sub.create()
print(made is Sub, type(of: made))

protocol Speaker: AnyObject {
    func speak() -> String
}
final class Parrot: Speaker {
    var phrase = "hello"
    func speak() -> String { phrase }
}
let speakers: [Speaker] = [Parrot(), Parrot()]
(speakers[0] as! Parrot).phrase = "bye"
print(speakers.map { $0.speak() }, speakers[0] === speakers[1])

enum NetworkError: Error, Equatable {
    case timeout(seconds: Int)
    case offline
}
func request(_ n: Int) throws -> String {
    switch n {
    case 0: throw NetworkError.offline
    case 1: throw NetworkError.timeout(seconds: 30)
    default: return "ok \(n)"
    }
}
for n in 0...2 {
    do {
        print(try request(n))
    } catch NetworkError.timeout(let seconds) {
        print("timeout after \(seconds)s")
    } catch let error as NetworkError where error == .offline {
        print("offline")
    } catch {
        print("unknown")
    }
}
