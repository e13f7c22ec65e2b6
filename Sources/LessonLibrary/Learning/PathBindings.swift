import Learning
import LessonScript

/// `Path` in cells: `Path("x")`, `path / "train" / "3"`, `path.ls()` (an `L`), `name`, `stem`, `suffix`,
/// `parent`, `exists` (also `exists()`, pathlib's spelling), comparison and sorting. A path displays as
/// `Path('train/3')`, relative to its data set, and prints as `train/3`; `Path.basePath = folder` (fast.ai's
/// `Path.BASE_PATH`) makes paths inside `folder` display relative to it instead, for the rest of the lesson.
/// Listing and `exists` work only where `access` allows.
func registerPath(in table: BindingTable, access: ReadAccess) {
    let basePath = BasePath()
    let path = table.type(Path.self, name: "Path")
    path.initializer("init(_:)") { call in .native(Path(try call.value(0).asString())) }
    path.display { "Path('\($0.description(relativeTo: basePath.path))')" }
    path.printDescription { $0.description(relativeTo: basePath.path) }
    path.staticProperty(
        "basePath", get: { basePath.path.map(Value.native) ?? .null },
        set: { value in basePath.path = try value.unwrappedOrNil?.asPath() })
    path.method("ls()") { path, _ in
        try access.reportingDataErrors {
            try access.check(path)
            return .native(FastList(try path.ls().map(Value.native)))
        }
    }
    path.method("exists()") { path, _ in try access.exists(path) }
    path.property("exists") { path in try access.exists(path) }
    path.property("name") { .string($0.name) }
    path.property("stem") { .string($0.stem) }
    path.property("suffix") { .string($0.suffix) }
    path.property("parent") { .native($0.parent) }
    path.binaryOperator(.divide) { lhs, rhs in
        guard case .native(let object) = lhs, let base = object as? Path else {
            throw BindingError("binary operator '/' needs a Path on the left, got '\(lhs.typeName)'")
        }
        return .native(base / (try rhs.asPath()))
    }
    path.binaryOperator(.equal) { lhs, rhs in .bool(equalPaths(lhs, rhs)) }
    path.binaryOperator(.notEqual) { lhs, rhs in .bool(!equalPaths(lhs, rhs)) }
    let orderings: [(BinaryOperator, [Int])] = [
        (.less, [-1]), (.greater, [1]), (.lessOrEqual, [-1, 0]), (.greaterOrEqual, [0, 1]),
    ]
    for (op, holds) in orderings {
        path.binaryOperator(op) { lhs, rhs in .bool(holds.contains(try order(lhs, rhs, op))) }
    }
}

extension ReadAccess {
    /// Whether `path` exists, for a path where cells may look.
    fileprivate func exists(_ path: Path) throws -> Value {
        try reportingDataErrors {
            try check(path)
            return .bool(path.exists)
        }
    }
}

private func equalPaths(_ lhs: Value, _ rhs: Value) -> Bool {
    guard case .native(let a) = lhs, case .native(let b) = rhs, let a = a as? Path, let b = b as? Path else {
        return false
    }
    return a == b
}

/// -1, 0 or 1 as `lhs` sorts before, with or after `rhs`; both must be paths.
private func order(_ lhs: Value, _ rhs: Value, _ op: BinaryOperator) throws -> Int {
    guard case .native(let a) = lhs, case .native(let b) = rhs, let a = a as? Path, let b = b as? Path else {
        throw BindingError(
            "binary operator '\(op.spelling)' cannot be applied to operands of type '\(lhs.typeName)' and "
                + "'\(rhs.typeName)'")
    }
    return a < b ? -1 : (b < a ? 1 : 0)
}

/// fast.ai's `Path.BASE_PATH` for one lesson: the folder paths display relative to, or `nil` for their data set's.
private final class BasePath {
    var path: Path?
}
