import Foundation
import Learning
import LessonDisplay
import LessonScript
import Tensors

/// fast.ai's `PILImageBW` as a cell names it (`ImageBlock(cls: PILImageBW.self)`); it has no instances.
final class PILImageBWType {}
/// fast.ai's `PILImage` as a cell names it; it has no instances.
final class PILImageType {}

/// `ImageBlock(cls: PILImageBW.self)`: images read as grey (or, by default, colour).
final class ImageBlockValue {
    let kind: ImageKind
    init(kind: ImageKind) { self.kind = kind }
}

/// `CategoryBlock()`: a single category per item, from the training set's labels.
final class CategoryBlockValue {}

/// A splitter object of a cell (`GrandparentSplitter(...)`, `RandomSplitter(...)`).
final class SplitterValue {
    let splitter: any Splitter
    let text: String
    init(_ splitter: any Splitter, text: String) {
        self.splitter = splitter
        self.text = text
    }
}

/// A cell's `DataBlock(...)`: the library's block, with the cell's functions for items and labels.
final class DataBlockValue {
    let block: DataBlock
    init(_ block: DataBlock) { self.block = block }
}

/// The loaders a `DataBlock` makes: batches `(xb, yb)` as cell tuples.
typealias BlockLoader = DataBlockLoader<Value>

/// fast.ai's data block API in cells (docs/library.md, "Data blocks"): `DataBlock(blocks: (ImageBlock(cls:
/// PILImageBW.self), CategoryBlock()), getItems: getImageFiles, splitter: GrandparentSplitter(trainName:
/// "training", validName: "testing"), getY: parentLabel, batchTfms: Normalize())`, `block.dataloaders(path, bs:
/// 64)`, and what the loaders tell: `dls.vocab` (an `L`), `dls.c`, `dls.trainDs`, `dls.validDs`,
/// `dls.train.dataset`, `dls.showBatch(maxN: 9, figsize: (4, 4))`.
func registerDataBlocks(in table: BindingTable, access: ReadAccess) {
    table.type(PILImageBWType.self, name: "PILImageBW")
    table.type(PILImageType.self, name: "PILImage")
    let imageBlock = table.type(ImageBlockValue.self, name: "ImageBlock")
    imageBlock.initializer("init(cls?:)") { call in
        guard let cls = call["cls"] else { return .native(ImageBlockValue(kind: .colour)) }
        if cls.isNativeType(named: "PILImageBW") { return .native(ImageBlockValue(kind: .blackAndWhite)) }
        if cls.isNativeType(named: "PILImage") { return .native(ImageBlockValue(kind: .colour)) }
        throw BindingError("ImageBlock(cls:) takes PILImageBW.self or PILImage.self, got '\(cls.typeName)'")
    }
    imageBlock.display { "ImageBlock(cls: \($0.kind.className))" }
    let categoryBlock = table.type(CategoryBlockValue.self, name: "CategoryBlock")
    categoryBlock.initializer("init()") { _ in .native(CategoryBlockValue()) }
    categoryBlock.display { _ in "CategoryBlock()" }

    registerSplitters(in: table, access: access)
    registerNormalize(in: table, access: access)
    table.function("getImageFiles(_:)") { call in
        let path = try call.value(0).asPath()
        return try access.reportingDataErrors {
            _ = try access.check(path)
            return .native(FastList(try getImageFiles(path).map(Value.native)))
        }
    }
    table.function("parentLabel(_:)") { call in .string(parentLabel(try call.value(0).asPath())) }

    let block = table.type(DataBlockValue.self, name: "DataBlock")
    block.initializer("init(blocks:getItems?:splitter?:getY:batchTfms?:)") { call in
        .native(DataBlockValue(try dataBlock(call)))
    }
    block.method("dataloaders(_:bs?:)") { block, call in
        let source = try call.value(0).asPath()
        let size = try call["bs"]?.asInt() ?? 64
        return try access.reportingDataErrors {
            _ = try access.check(source)
            return .native(
                try block.block.dataloaders(source, bs: size) { images, labels -> Value in
                    .tuple(TupleValue([.native(images), .native(labels)]))
                })
        }
    }
    block.display { "DataBlock(\($0.block.kind.className), categories)" }
    registerBlockLoaders(in: table, access: access)
}

/// The library's block from `DataBlock(blocks:getItems:splitter:getY:batchTfms:)`.
private func dataBlock(_ call: BindingCall) throws -> DataBlock {
    let blocks = try call.value(0)
    guard case .tuple(let pair) = blocks, pair.elements.count == 2 else {
        throw BindingError("DataBlock(blocks:) takes a pair: (ImageBlock(cls: PILImageBW.self), CategoryBlock())")
    }
    guard case .native(let first) = pair.elements[0], let image = first as? ImageBlockValue else {
        throw BindingError(
            "DataBlock(blocks:): the first block must be an ImageBlock, got '\(pair.elements[0].typeName)'")
    }
    let second = pair.elements[1]
    guard second.isNativeType(named: "CategoryBlock") || (try? second.asNative(CategoryBlockValue.self)) != nil else {
        throw BindingError("DataBlock(blocks:): the second block must be a CategoryBlock, got '\(second.typeName)'")
    }
    let getItems = call["getItems"]
    let getY = try call.value(3)
    let splitter = try call["splitter"].map { try $0.asNative(SplitterValue.self).splitter } ?? (try RandomSplitter())
    return DataBlock(
        kind: image.kind,
        getItems: { path in
            guard let getItems else { return try getImageFiles(path) }
            return try call.callFunction(getItems, [.native(path)]).asArray().map { try $0.asPath() }
        },
        splitter: splitter,
        getY: { path in try call.callFunction(getY, [.native(path)]).asString() },
        normalize: try batchTransform(call["batchTfms"]))
}

/// `batchTfms: Normalize()` or `[Normalize()]`; nothing else is a batch transform yet.
private func batchTransform(_ value: Value?) throws -> Normalize? {
    guard let value else { return nil }
    let items = (try? value.asArray()) ?? [value]
    guard items.count <= 1 else { throw BindingError("batchTfms: one Normalize() is the batch transform there is") }
    return try items.first.map { try $0.asNative(Normalize.self) }
}

/// `GrandparentSplitter(trainName:validName:)` and `RandomSplitter(validPct:seed:)`.
private func registerSplitters(in table: BindingTable, access: ReadAccess) {
    let splitter = table.type(SplitterValue.self, name: "Splitter")
    splitter.display { $0.text }
    table.function("GrandparentSplitter(trainName?:validName?:)") { call in
        let train = try call["trainName"]?.asString() ?? "train"
        let valid = try call["validName"]?.asString() ?? "valid"
        return .native(
            SplitterValue(
                GrandparentSplitter(trainName: train, validName: valid),
                text: "GrandparentSplitter(trainName: \(train.debugDescription), validName: \(valid.debugDescription))")
        )
    }
    table.function("RandomSplitter(validPct?:seed?:)") { call in
        let share = try call["validPct"]?.asDouble() ?? 0.2
        let seed = try call["seed"]?.unwrappedOrNil.map { try $0.asInt() }
        return try access.reportingDataErrors {
            .native(
                SplitterValue(
                    try RandomSplitter(validPct: share, seed: seed),
                    text: "RandomSplitter(validPct: \(share), seed: \(seed.map(String.init) ?? "nil"))"))
        }
    }
}

/// `Normalize()` (statistics from the first training batch) and `Normalize(mean: [...], std: [...])`.
private func registerNormalize(in table: BindingTable, access: ReadAccess) {
    let normalize = table.type(Normalize.self, name: "Normalize")
    normalize.initializer("init()") { _ in .native(Normalize()) }
    normalize.initializer("init(mean:std:)") { call in
        let mean = try call.value(0).asArray().map { try $0.asDouble() }
        let std = try call.value(1).asArray().map { try $0.asDouble() }
        return try access.reportingDataErrors { .native(try Normalize(mean: mean, std: std)) }
    }
    normalize.property("mean") { $0.mean.map(Value.native) ?? .null }
    normalize.property("std") { $0.std.map(Value.native) ?? .null }
    normalize.display { normalize in
        guard let mean = normalize.mean, let std = normalize.std else { return "Normalize()" }
        let means = (try? mean.doubleElements()) ?? []
        let stds = (try? std.doubleElements()) ?? []
        return "Normalize(mean: \(means), std: \(stds))"
    }
}

/// What loaders made by a `DataBlock` tell: the dataset of each, the vocab, the class count, `showBatch`.
private func registerBlockLoaders(in table: BindingTable, access: ReadAccess) {
    let loader = table.type(BlockLoader.self, name: "TfmdDL", parent: ValueLoader.self)
    loader.property("dataset") { .native($0.dataset) }

    let plainLoader = table.type(ValueLoader.self, name: "DataLoader")
    plainLoader.property("dataset") { _ in
        throw BindingError("this DataLoader was made from a collection, not by a DataBlock: it has no dataset")
    }

    let dataset = table.type(CategoryDataset.self, name: "Datasets")
    dataset.display { $0.description }
    dataset.property("count") { .int($0.count) }
    dataset.property("vocab") { .native(FastList($0.vocab.map(Value.string))) }
    dataset.property("items") { .native(FastList($0.items.map(Value.native))) }
    dataset.subscripts(get: { dataset, indices in
        guard indices.count == 1, case .int(let index) = indices[0] else {
            throw BindingError("a dataset takes one Int index")
        }
        let position = index < 0 ? index + dataset.count : index
        guard dataset.items.indices.contains(position) else { throw BindingError("list index out of range") }
        return try access.reportingDataErrors {
            .tuple(
                TupleValue([
                    .native(try dataset.image(at: position)),
                    .native(try Tensor(shape: [], elements: [Int64(dataset.labels[position])])),
                ]))
        }
    })

    let loaders = table.type(DataLoaders<Value>.self, name: "DataLoaders")
    loaders.property("vocab") { .native(FastList(try blockLoader(of: $0).dataset.vocab.map(Value.string))) }
    loaders.property("c") { .int(try blockLoader(of: $0).dataset.vocab.count) }
    loaders.property("trainDs") { .native(try blockLoader(of: $0).dataset) }
    loaders.property("validDs") { loaders in
        guard let valid = loaders.valid as? BlockLoader else { throw notMadeByABlock }
        return .native(valid.dataset)
    }
    loaders.method("showBatch(maxN?:figsize?:nrows?:ncols?:)") { loaders, call in
        try showBatch(blockLoader(of: loaders), call, access: access)
        return .void
    }
}

/// The training loader of loaders made by a `DataBlock`.
private func blockLoader(of loaders: DataLoaders<Value>) throws -> BlockLoader {
    guard let train = loaders.train as? BlockLoader else { throw notMadeByABlock }
    return train
}

private let notMadeByABlock = BindingError(
    "these DataLoaders were made from collections, not by a DataBlock: they have no dataset, vocab or showBatch")

/// fast.ai's `show_batch`: the first `maxN` (9) images of a training batch in a grid of `nrows` (the square root)
/// by `ncols` rows and columns, titled by category, through the Greys colour map as fast.ai shows `PILImageBW`.
/// `figsize:` is accepted as fast.ai takes it; the page sizes the grid itself.
private func showBatch(_ loader: BlockLoader, _ call: BindingCall, access: ReadAccess) throws {
    let maxN = try call["maxN"]?.asInt() ?? 9
    guard maxN > 0 else { throw BindingError("showBatch: maxN must be positive, got \(maxN)") }
    if let figsize = call["figsize"] {
        let sides = try (figsize.tupleElements ?? figsize.asArray()).map { try $0.asDouble() }
        guard sides.count == 2, sides.allSatisfy({ $0 > 0 && $0.isFinite }) else {
            throw BindingError("showBatch: figsize is a (width, height) pair of positive numbers")
        }
    }
    let items = try access.reportingDataErrors { try loader.showBatchItems(maxN: maxN) }
    let count = items.count
    let rows = try call["nrows"]?.asInt() ?? max(1, Int(Double(count).squareRoot()))
    let columns = try call["ncols"]?.asInt() ?? Int((Double(count) / Double(rows)).rounded(.up))
    guard rows > 0, columns > 0, rows * columns >= count else {
        throw BindingError("showBatch: a \(rows)x\(columns) grid cannot hold \(count) images")
    }
    let channels = loader.dataset.kind.channels
    let images = try items.map { item in
        do {
            return try ImageDisplay(
                width: item.width, height: item.height, channels: channels, samples: .bytes(item.samples),
                colourMap: .greys, title: item.title)
        } catch let error as DisplayError {
            throw BindingError(error.message)
        }
    }
    call.display(.imageGrid(images, rows: rows, columns: columns))
}

extension Value {
    /// A tuple's elements, or `nil` for another value.
    fileprivate var tupleElements: [Value]? {
        if case .tuple(let tuple) = self { return tuple.elements }
        return nil
    }
}
