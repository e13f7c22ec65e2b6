/// A file-system path, shaped like Python's `pathlib.Path` as fast.ai uses it: join with `/`, list a folder with
/// ``ls()``, take ``name``, ``stem``, ``suffix`` and ``parent``.
///
/// A path is an immutable value (a final class, so the interpreter can hold it as a library object). Paths made by
/// ``untarData(_:locations:)`` remember the data set's folder, their ``root``, and display relative to it, the way
/// fast.ai's `Path.BASE_PATH = path` makes `path.ls()` show `[Path('train'), Path('valid')]`: a lesson's output
/// then does not depend on where the data lives.
///
/// Paths are normalised lexically as `pathlib` does: repeated and trailing slashes and `.` components go, `..`
/// stays. They compare by their components (`train/3/10.png` < `train/3/10000.png`), as `pathlib` compares them.
///
/// ```swift
/// let path = try untarData(URLs.mnistSample)
/// let file = path / "train" / "3" / "10.png"
/// file.debugDescription  // "Path('train/3/10.png')"
/// file.name              // "10.png"
/// file.stem              // "10"
/// file.parent.name       // "3"
/// ```
public final class Path: Hashable, Comparable, Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The components between slashes, without empty and `.` ones.
    ///
    /// ```swift
    /// Path("/data//mnist_sample/./train/").components  // ["data", "mnist_sample", "train"]
    /// ```
    public let components: [String]

    /// Whether the path starts at `/`.
    ///
    /// ```swift
    /// Path("/data").isAbsolute  // true
    /// ```
    public let isAbsolute: Bool

    /// The folder this path displays relative to (the data set's folder for paths from ``untarData(_:locations:)``),
    /// or `nil` to display the path as it is.
    ///
    /// ```swift
    /// try untarData(URLs.mnistSample).root?.string  // "/path/to/lesson/data/mnist_sample"
    /// ```
    public let root: Path?

    /// A path from its text; `""` is `"."`.
    ///
    /// ```swift
    /// Path("data/mnist_sample").string  // "data/mnist_sample"
    /// ```
    public convenience init(_ string: String) {
        self.init(
            components: string.split(separator: "/").map(String.init).filter { $0 != "." },
            isAbsolute: string.hasPrefix("/"), root: nil)
    }

    /// The same path, displayed relative to `root` when it lies inside it.
    ///
    /// ```swift
    /// Path("/d/mnist_sample/train", relativeTo: Path("/d/mnist_sample")).debugDescription  // "Path('train')"
    /// ```
    public convenience init(_ string: String, relativeTo root: Path) {
        let path = Path(string)
        self.init(components: path.components, isAbsolute: path.isAbsolute, root: Path(root.string))
    }

    init(components: [String], isAbsolute: Bool, root: Path?) {
        self.components = components
        self.isAbsolute = isAbsolute
        self.root = root
    }

    /// The full path as text, for file-system calls.
    ///
    /// ```swift
    /// (Path("/data") / "train").string  // "/data/train"
    /// ```
    public var string: String {
        let joined = components.joined(separator: "/")
        if isAbsolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The path as it displays: relative to ``root`` when it lies inside it (`.` for the root itself), else
    /// ``string``. `print(path)` and string interpolation give this text too (Python's `str()` would give the full
    /// path; the short form keeps lesson outputs independent of where the data is).
    ///
    /// ```swift
    /// print(path / "train")  // train
    /// ```
    public var description: String {
        guard let root, root.isAbsolute == isAbsolute, components.starts(with: root.components) else { return string }
        let relative = components.dropFirst(root.components.count)
        return relative.isEmpty ? "." : relative.joined(separator: "/")
    }

    /// `Path('...')`, as Python's `repr` shows a path (with fast.ai's `BASE_PATH` set to the data set).
    ///
    /// ```swift
    /// (path / "train" / "3").debugDescription  // "Path('train/3')"
    /// ```
    public var debugDescription: String { "Path('\(description)')" }

    /// `lhs` joined with `rhs`, which may hold several components (`"train/3"`); an absolute `rhs` replaces
    /// `lhs`, as in `pathlib`. The result keeps `lhs`'s ``root``.
    ///
    /// ```swift
    /// path / "train" / "3"  // Path('train/3')
    /// ```
    public static func / (lhs: Path, rhs: String) -> Path {
        lhs / Path(rhs)
    }

    /// `lhs` joined with the components of `rhs` (or `rhs` itself, when it is absolute); the result keeps `lhs`'s
    /// ``root``.
    ///
    /// ```swift
    /// path / Path("train/3")  // Path('train/3')
    /// ```
    public static func / (lhs: Path, rhs: Path) -> Path {
        if rhs.isAbsolute { return Path(components: rhs.components, isAbsolute: true, root: lhs.root) }
        return Path(components: lhs.components + rhs.components, isAbsolute: lhs.isAbsolute, root: lhs.root)
    }

    /// Paths are equal when their texts are (the display root does not count), as in `pathlib`.
    ///
    /// ```swift
    /// Path("a/./b") == Path("a/b")  // true
    /// ```
    public static func == (lhs: Path, rhs: Path) -> Bool {
        lhs.isAbsolute == rhs.isAbsolute && lhs.components == rhs.components
    }

    /// Orders by components, each compared by Unicode code points, as `pathlib` orders paths.
    ///
    /// ```swift
    /// [Path("10000.png"), Path("10.png")].sorted()  // [Path('10.png'), Path('10000.png')]
    /// ```
    public static func < (lhs: Path, rhs: Path) -> Bool {
        if lhs.isAbsolute != rhs.isAbsolute { return lhs.isAbsolute }
        return lhs.components.lexicographicallyPrecedes(rhs.components) {
            $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars)
        }
    }

    /// Hashes the components, consistent with `==`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(isAbsolute)
        hasher.combine(components)
    }
}
