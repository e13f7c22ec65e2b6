import Learning
import LessonScript

/// The data layer of `Learning` bound into cells: fast.ai's `L`, `Path`, `URLs.mnistSample`, `untarData`,
/// `Image.open`, `tensor(image)`, `loadImages` and `loadMNIST` (docs/library.md, "Data, paths and images"); data
/// sets are looked for in `locations`, files and folders are read only where `access` allows, the loads report to
/// `progress`.
///
/// Registered before the tensor functions, so that the `tensor(image)` overload is tried before the general
/// `tensor(_:dtype?:)`, which accepts any value.
func registerLearningData(
    in table: BindingTable, locations: DataLocations, access: ReadAccess, progress: (any ProgressReporter)?
) {
    registerList(in: table)
    registerPath(in: table, access: access)
    registerDataSets(in: table, locations: locations, access: access, progress: progress)
    registerImages(in: table, access: access, progress: progress)
}

extension ReadAccess {
    /// Runs a data-layer call, turning its ``DataError`` (which names the file) into a binding error, so the
    /// cell's error also gives the line and column of the call; the file is named inside the allowed folder that
    /// holds it, not by the machine's absolute path.
    func reportingDataErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DataError {
            throw BindingError(DataError(path: shown(error.path), reason: error.reason).description)
        }
    }
}

extension Value {
    /// A `Path`, or a `String` read as a path.
    func asPath() throws -> Path {
        if case .native(let object) = self, let path = object as? Path { return path }
        if case .string(let text) = self { return Path(text) }
        throw BindingError("cannot convert value of type '\(typeName)' to expected argument type 'Path'")
    }

    /// The value inside any levels of optional (`nil` for `nil`), or the value itself: an argument that may be
    /// given as `nil` (`seed: nil`, `Path.basePath = nil`).
    var unwrappedOrNil: Value? {
        if case .optional(let wrapped) = self { return wrapped?.unwrappedOrNil }
        return self
    }

    /// Whether this is a `Path` or a `String`.
    var isPathLike: Bool {
        if case .string = self { return true }
        if case .native(let object) = self { return object is Path }
        return false
    }
}
