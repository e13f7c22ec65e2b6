struct Dataset {
    var items: [Int]
    lazy var count: Int {
        items.count
    }
}
var data = Dataset(items: [1, 2])
print(data.count)
