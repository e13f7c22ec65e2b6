/// fast.ai's `get_image_files(path)`: every image file in `path` and its subfolders, by extension (``imageExtensions``,
/// in any case), skipping hidden files and folders (names starting with `.`), as fast.ai does. Each folder's files
/// come first, sorted, then its subfolders in sorted order (fast.ai lists them in `os.walk`'s order, which differs
/// between machines; sorting keeps lessons deterministic). Links to folders are not followed, so a link cycle
/// cannot make the walk endless. The paths keep `path`'s display root.
///
/// Throws a ``DataError`` naming a folder that cannot be listed.
///
/// ```swift
/// let files = try getImageFiles(untarData(URLs.mnist))
/// files.first  // Path('testing/0/10.png')
/// ```
public func getImageFiles(_ path: Path) throws(DataError) -> [Path] {
    var files: [Path] = []
    var folders: [Path] = []
    for entry in try path.ls() where !entry.name.hasPrefix(".") {
        if entry.isDirectory {
            if !entry.isSymbolicLink { folders.append(entry) }
        } else if imageExtensions.contains(entry.suffix.lowercased()) {
            files.append(entry)
        }
    }
    for folder in folders { files += try getImageFiles(folder) }
    return files
}

/// The suffixes ``getImageFiles(_:)`` takes for images: the image types Python's `mimetypes` knows, which is what
/// fast.ai's `image_extensions` holds.
///
/// ```swift
/// imageExtensions.contains(".png")  // true
/// ```
public let imageExtensions: Set<String> = [
    ".avif", ".bmp", ".gif", ".heic", ".heif", ".ico", ".ief", ".jpe", ".jpeg", ".jpg", ".pbm", ".pgm", ".png", ".pnm",
    ".ppm", ".ras", ".rgb", ".svg", ".tif", ".tiff", ".webp", ".xbm", ".xpm", ".xwd",
]

/// fast.ai's `parent_label(o)`: an item's label is the name of its folder.
///
/// ```swift
/// parentLabel(Path("training/3/10.png"))  // "3"
/// ```
public func parentLabel(_ path: Path) -> String {
    path.parent.name
}
