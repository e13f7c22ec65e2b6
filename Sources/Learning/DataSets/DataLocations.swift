import Foundation

/// Where ``untarData(_:locations:progress:)`` looks for a data set's folder, in order:
///
/// 1. ``dataDirectory``: a folder that holds data sets (`DIR/mnist_sample/...`), or their archives as fast.ai
///    downloads them (`DIR/mnist_png.tgz`; also `.tar.gz`, `.tar`, `.zip`). An archive is extracted once into
///    ``cache`` and reused from there (see ``DataSetCache``). The `lesson` command passes its `--data DIR` down to
///    each lesson's session, or else the environment variable `LESSON_DATA` (``environmentVariable``), read once
///    when the command starts.
/// 2. The sample the project ships: a folder `data/<name>` in one of ``searchStarts`` or in any folder above it.
///    The standard starts are the current directory, then the folder of the running executable, so the sample is
///    found from anywhere inside a checkout and by a `lesson` binary built in it (`.build/release/lesson`).
///
/// The first folder that exists wins; a data set missing from all of them is an error naming every place tried.
///
/// ```swift
/// let locations = DataLocations(dataDirectory: "/datasets", searchStarts: [])
/// try untarData(URLs.mnistSample, locations: locations)  // the folder /datasets/mnist_sample
/// ```
public struct DataLocations: Equatable, Sendable {
    /// The environment variable naming the data folder: `LESSON_DATA`.
    ///
    /// ```swift
    /// // LESSON_DATA=/path/to/data lesson run lessons/
    /// ```
    public static let environmentVariable = "LESSON_DATA"

    /// A folder holding data set folders, searched first; `nil` (or empty) to skip it.
    ///
    /// ```swift
    /// DataLocations.standard.dataDirectory  // the value of $LESSON_DATA, if set
    /// ```
    public var dataDirectory: String?

    /// Folders from which `data/<name>` is looked for, in each and then upward in its parents.
    ///
    /// ```swift
    /// DataLocations.standard.searchStarts  // [current directory, executable's folder]
    /// ```
    public var searchStarts: [String]

    /// Where archives found in ``dataDirectory`` are extracted.
    ///
    /// ```swift
    /// DataLocations.standard.cache.folder  // $LESSON_CACHE, or ~/.cache/lesson/data
    /// ```
    public var cache: DataSetCache

    /// Locations from explicit folders; archives are extracted into `cache` (by default ``DataSetCache/standard``).
    ///
    /// ```swift
    /// let locations = DataLocations(dataDirectory: nil, searchStarts: ["/path/to/lesson"])
    /// ```
    public init(dataDirectory: String?, searchStarts: [String], cache: DataSetCache = .standard) {
        self.dataDirectory = dataDirectory
        self.searchStarts = searchStarts
        self.cache = cache
    }

    /// Locations with `dataDirectory` first (`nil`: none), then the standard starts: the current directory and
    /// the executable's folder.
    ///
    /// ```swift
    /// let locations = DataLocations(dataDirectory: "/datasets")   // as `lesson --data /datasets` passes it
    /// ```
    public init(dataDirectory: String?) {
        let executableFolder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent().path
        self.init(
            dataDirectory: dataDirectory,
            searchStarts: [FileManager.default.currentDirectoryPath] + (executableFolder.map { [$0] } ?? []))
    }

    /// `$LESSON_DATA`, then the standard starts (read at each use, so a change of the environment is seen): the
    /// default for programs that call ``untarData(_:locations:progress:)`` themselves. The `lesson` command passes its own.
    ///
    /// ```swift
    /// try untarData(URLs.mnistSample, locations: .standard)
    /// ```
    public static var standard: DataLocations {
        DataLocations(dataDirectory: getenv(environmentVariable).map { String(cString: $0) })
    }

    /// The archive names a data set `name` may have in the data folder, as fast.ai's downloads are named.
    static let archiveSuffixes = [".tgz", ".tar.gz", ".tar", ".zip"]

    /// The folder of the data set `name`: the first of the candidate folders that exists, where an archive in the
    /// data folder counts as the folder it extracts to (extracted into ``cache`` on first use, reporting to
    /// `progress`).
    ///
    /// ```swift
    /// try DataLocations.standard.folder(forDataSet: "mnist_sample")  // "/path/to/lesson/data/mnist_sample"
    /// ```
    public func folder(forDataSet name: String, progress: (any ProgressReporter)? = nil) throws -> String {
        if let directory = dataDirectory, !directory.isEmpty {
            let folder = Path(directory) / name
            if folder.isDirectory { return folder.string }
            for suffix in Self.archiveSuffixes {
                let archive = Path(directory) / (name + suffix)
                if archive.exists && !archive.isDirectory {
                    return try cache.extracted(archive, as: name, progress: progress).string
                }
            }
        }
        if let found = candidates(forDataSet: name).first(where: { Path($0).isDirectory }) { return found }
        var places: [String] = []
        if let directory = dataDirectory, !directory.isEmpty {
            places.append("in $\(Self.environmentVariable) (\(directory))")
        } else {
            places.append("in $\(Self.environmentVariable) (not set)")
        }
        if !searchStarts.isEmpty {
            places.append("in data/\(name) from \(searchStarts.joined(separator: " and ")) upward")
        }
        throw DataError(
            path: name,
            reason: "data set not found; looked \(places.joined(separator: ", ")). Pass --data DIR or set "
                + "\(Self.environmentVariable)=DIR, where DIR holds the folder \(name) or its archive \(name).tgz")
    }

    /// The folders data sets are found in, that exist: the data directory, and the nearest `data` folder in or
    /// above each search start. A lesson's cells may read below them (``ReadAccess``).
    ///
    /// ```swift
    /// DataLocations(dataDirectory: "/datasets").dataFolders   // ["/datasets", "/path/to/checkout/data"]
    /// ```
    public var dataFolders: [String] {
        var folders: [String] = []
        if let directory = dataDirectory, !directory.isEmpty, Path(directory).isDirectory { folders.append(directory) }
        for start in searchStarts {
            var folder = Path(start)
            while true {
                let candidate = folder / "data"
                if candidate.isDirectory {
                    folders.append(candidate.string)
                    break
                }
                if folder.components.isEmpty { break }
                folder = folder.parent
            }
        }
        return folders
    }

    /// Every folder that may hold the data set `name`, in search order, without repeats.
    func candidates(forDataSet name: String) -> [String] {
        var result: [String] = []
        if let directory = dataDirectory, !directory.isEmpty { result.append((Path(directory) / name).string) }
        for start in searchStarts {
            var folder = Path(start)
            while true {
                let candidate = (folder / "data" / name).string
                if !result.contains(candidate) { result.append(candidate) }
                if folder.components.isEmpty { break }
                folder = folder.parent
            }
        }
        return result
    }
}
