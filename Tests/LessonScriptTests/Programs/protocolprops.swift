// Protocol property requirements: { get } met by a constant, a variable or a computed property, { get set } by a
// variable or a computed property with a setter; used through generic functions and existentials.
protocol Named {
    var name: String { get }
}

protocol Resizable {
    var size: Int { get set }
}

struct File: Named, Resizable {
    let name: String
    var size: Int
}

final class Folder: Named, Resizable {
    var name: String
    var files: [File] = []
    init(name: String) { self.name = name }
    var size: Int {
        get { files.reduce(0) { $0 + $1.size } }
        set {
            let each = newValue / max(files.count, 1)
            for index in files.indices { files[index].size = each }
        }
    }
}

struct Alias: Named {
    var target: Named
    var name: String { "alias of " + target.name }
}

func grow<T: Resizable>(_ item: inout T, by amount: Int) {
    item.size += amount
}

var notes = File(name: "notes.txt", size: 120)
grow(&notes, by: 30)
print(notes.name, notes.size)

let folder = Folder(name: "docs")
folder.files = [notes, File(name: "todo.md", size: 50)]
print(folder.size)
folder.size = 1000
print(folder.files.map { $0.size }, folder.size)

var things: [any Named] = [notes, folder]
things.append(Alias(target: folder))
print(things.map { $0.name })

var resizable: any Resizable = File(name: "big.bin", size: 1)
resizable.size *= 64
print(resizable.size)

func totalSize(_ items: [any Resizable]) -> Int {
    items.map { $0.size }.reduce(0, +)
}
print(totalSize([notes, folder, resizable]))
for thing in things {
    if let sized = thing as? any Resizable {
        print(thing.name, "has size", sized.size)
    } else {
        print(thing.name, "has no size")
    }
}
