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
        if let columns = TensorColumns(items) {
            return (items.count, { positions in try columns.batch(positions) })
        }
        return (items.count, { positions in try collate(positions.map { items[$0] }) })
    }
}

/// A collection of tensors, or of tuples of tensors (`Array(zip(trainX, trainY))`), kept as one array of tensors
/// per tuple position, so that a batch is made without going through every item's `Value` again: the same batch
/// as ``collate(_:)`` makes, for the collections that training uses. The tensors are references, as in the items:
/// a batch stacks their values at the time it is made.
private struct TensorColumns {
    /// One tensor per item, for each tuple position (a single column for a collection of tensors).
    let columns: [[Tensor]]
    /// The tuple labels, or `nil` for a collection of tensors.
    let labels: [String?]?

    /// The columns of `items`, or `nil` unless every item is a tensor, or every item a tuple of tensors of one
    /// width with the same labels.
    init?(_ items: [Value]) {
        guard let first = items.first else { return nil }
        switch first {
        case .native:
            var column: [Tensor] = []
            column.reserveCapacity(items.count)
            for item in items {
                guard case .native(let object) = item, let tensor = object as? Tensor else { return nil }
                column.append(tensor)
            }
            columns = [column]
            labels = nil
        case .tuple(let tuple):
            let width = tuple.elements.count
            guard width > 0 else { return nil }
            var columns = [[Tensor]](repeating: [], count: width)
            for index in columns.indices { columns[index].reserveCapacity(items.count) }
            for item in items {
                guard case .tuple(let other) = item, other.elements.count == width, other.labels == tuple.labels
                else { return nil }
                for (index, element) in other.elements.enumerated() {
                    guard case .native(let object) = element, let tensor = object as? Tensor else { return nil }
                    columns[index].append(tensor)
                }
            }
            self.columns = columns
            labels = tuple.labels
        default:
            return nil
        }
    }

    /// The batch of the items at `positions`: each column's tensors stacked.
    func batch(_ positions: [Int]) throws -> Value {
        let stacked = try columns.map { column in Value.native(try stackBatch(positions.map { column[$0] })) }
        guard let labels else { return stacked[0] }
        return .tuple(TupleValue(stacked, labels: labels))
    }
}

extension Value {
    /// Whether this value is a data loader.
    var isLoader: Bool {
        if case .native(let object) = self { return object is ValueLoader }
        return false
    }
}
