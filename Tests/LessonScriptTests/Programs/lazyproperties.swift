// lazy var: computed once on first read, using self, in structs and classes; never computed when not read.
final class Dataset {
    let name: String
    let size: Int
    var loads = 0
    init(name: String, size: Int) {
        self.name = name
        self.size = size
        print("made \(name)")
    }
    lazy var items: [Int] = {
        loads += 1
        print("loading \(name)")
        return Array(0..<size)
    }()
    lazy var summary: String = "\(name): \(items.count) items"
    lazy var evens = items.filter { $0 % 2 == 0 }
}

let train = Dataset(name: "train", size: 6)
print("before first read", train.loads)
print(train.items.count, train.loads)
print(train.summary)
print(train.evens, train.loads)
train.items.append(99)
print(train.items.last ?? -1, train.loads)
let unused = Dataset(name: "unused", size: 1_000_000)
print(unused.name, unused.loads)

struct Report {
    var values: [Double]
    lazy var total: Double = values.reduce(0, +)
    lazy var label: String = {
        print("formatting")
        return "total \(total)"
    }()
}
var report = Report(values: [1, 2, 3.5])
print(report.label)
print(report.label)
report.values.append(10)
print(report.total, report.values.count)
var copy = Report(values: [4])
copy.total = 100
print(copy.total, copy.label)

class Model {
    lazy var layers: [String] = buildLayers()
    var built = 0
    func buildLayers() -> [String] {
        built += 1
        return ["linear", "relu", "linear"]
    }
}
let model = Model()
print(model.built, model.layers.count, model.layers[1], model.built)
