import Learning
import LessonScript
import Tensors

/// A data loader over a cell's collection: batches are `Value`s (a tensor, or a tuple of tensors).
typealias ValueLoader = DataLoader<Value>

/// `DataLoader(collection, batchSize: 5, shuffle: true)` over an array, a range or a tensor (split along dim 0),
/// with iteration, `first()`, `Array(dl)` and `count`; `DataLoaders(train, valid)`.
func registerDataLoaders(in table: BindingTable) {
    let loader = table.type(ValueLoader.self, name: "DataLoader")
    loader.initializer("init(_:batchSize?:shuffle?:dropLast?:)") { call in
        let (count, makeBatch) = try batchSource(for: call.value(0))
        return .native(
            try ValueLoader(
                count: count, batchSize: call["batchSize"]?.asInt() ?? 64, shuffle: call["shuffle"]?.asBool() ?? false,
                dropLast: call["dropLast"]?.asBool() ?? false, makeBatch: makeBatch))
    }
    loader.iterate { loader in
        var iterator = try loader.makeIterator()
        return { try iterator.next() }
    }
    loader.arrayConversion { try $0.allBatches() }
    loader.method("first()") { loader, _ in try loader.first() ?? .null }
    loader.property("count") { .int($0.batchCount) }
    loader.property("batchSize") { .int($0.batchSize) }
    loader.display { loader in
        "DataLoader(\(loader.itemCount) items, batchSize: \(loader.batchSize), shuffle: \(loader.shuffle))"
    }
    table.function("first(_:)", where: { $0.first??.isLoader == true }) { call in
        try call.value(0).asNative(ValueLoader.self).first() ?? .null
    }

    let loaders = table.type(DataLoaders<Value>.self, name: "DataLoaders")
    loaders.initializer("init(_:_:)") { call in
        .native(DataLoaders(try call.value(0).asNative(ValueLoader.self), try call.value(1).asNative(ValueLoader.self)))
    }
    loaders.property("train") { .native($0.train) }
    loaders.property("valid") { .native($0.valid) }
    loaders.display { "DataLoaders(train: \($0.train.itemCount) items, valid: \($0.valid.itemCount) items)" }
}

/// The number of items in a collection and how to make a batch from item positions.
private func batchSource(for collection: Value) throws -> (Int, ([Int]) throws -> Value) {
    switch collection {
    case .native(let object) where object is Tensor:
        let tensor = try collection.asTensor()
        guard let count = tensor.shape.first else { throw BindingError("a DataLoader needs a tensor with rows") }
        return (
            count,
            { positions in
                let indices = try Tensor(shape: [positions.count], elements: positions.map(Int64.init))
                return .native(try tensor.index([.tensor(indices)]))
            }
        )
    case .range(let range):
        guard case .int(let low)? = range.lower, case .int(var high)? = range.upper else {
            throw BindingError("a DataLoader needs a bounded range of integers")
        }
        if range.isClosed { high += 1 }
        let count = max(0, high - low)
        return (
            count,
            { positions in .native(try Tensor(shape: [positions.count], elements: positions.map { Int64(low + $0) })) }
        )
    default:
        let items = try collection.asArray()
        return (items.count, { positions in try collate(positions.map { items[$0] }) })
    }
}

extension Value {
    /// Whether this value is a data loader.
    var isLoader: Bool {
        if case .native(let object) = self { return object is ValueLoader }
        return false
    }
}
