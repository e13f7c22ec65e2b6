extension Path {
    /// The last component, `""` for `/` and `.`.
    ///
    /// ```swift
    /// Path("train/3/10.png").name  // "10.png"
    /// ```
    public var name: String { components.last ?? "" }

    /// The last component's extension, with its dot: `".png"`; `""` when there is none (a leading dot, as in
    /// `.hidden`, does not start an extension).
    ///
    /// ```swift
    /// Path("train/3/10.png").suffix  // ".png"
    /// ```
    public var suffix: String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        let suffix = name[dot...]
        return suffix.count > 1 ? String(suffix) : ""
    }

    /// The last component without its ``suffix``.
    ///
    /// ```swift
    /// Path("train/3/10.png").stem  // "10"
    /// ```
    public var stem: String { String(name.dropLast(suffix.count)) }

    /// The folder holding this path, found lexically (`Path("a").parent` is `.`, `/` is its own parent); it keeps
    /// the ``root``.
    ///
    /// ```swift
    /// (path / "train" / "3").parent  // Path('train')
    /// ```
    public var parent: Path {
        Path(components: Array(components.dropLast()), isAbsolute: isAbsolute, root: root)
    }
}
