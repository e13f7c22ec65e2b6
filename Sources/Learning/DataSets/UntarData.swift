/// The local folder of the data set that `url` names, as fast.ai's `untar_data(url)` returns it once downloaded
/// and extracted, except that nothing is downloaded: the folder named after the address's file (`mnist_sample`
/// for `URLs.mnistSample`) is looked up in `locations` (by default `--data DIR` / `$LESSON_DATA`, then the sample
/// the project ships; see ``DataLocations``). When the data folder holds the data set's archive instead
/// (`mnist_png.tgz`, as fast.ai downloads it), the archive is extracted once into the cache, reporting to
/// `progress`, and the cached folder is returned from then on (see ``DataSetCache``).
///
/// The path displays relative to the data set (`Path('.')`), and so do the paths made from it. Throws a
/// ``DataError`` naming every place it looked when the data set is in none of them, or naming the archive when it
/// is corrupt, truncated or unsafe to extract.
///
/// ```swift
/// let path = try untarData(URLs.mnistSample)
/// try path.ls()  // [Path('train'), Path('valid')]
/// ```
public func untarData(
    _ url: String, locations: DataLocations = .standard, progress: (any ProgressReporter)? = nil
) throws -> Path {
    let folder = try locations.folder(forDataSet: dataSetName(of: url), progress: progress)
    return Path(folder, relativeTo: Path(folder))
}

/// The folder name of the data set at `url`: its last component without `.tgz`, `.tar.gz`, `.tar` or `.zip`.
func dataSetName(of url: String) -> String {
    let file = url.split(separator: "/").last.map(String.init) ?? url
    for archive in [".tar.gz", ".tgz", ".tar", ".zip"] where file.hasSuffix(archive) {
        return String(file.dropLast(archive.count))
    }
    return file
}
