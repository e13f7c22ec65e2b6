import Tensors

/// Images and their labels, as ``loadMNIST(_:progress:)-(Path,_)`` gives them: uint8 `[n, 28, 28]` and int64 `[n]`.
///
/// ```swift
/// let data: LabelledImages = try loadMNIST(path)
/// data.labels.shape  // [60000]
/// ```
public typealias LabelledImages = (images: Tensor, labels: Tensor)

/// The images of an MNIST IDX file (`*-idx3-ubyte`, gzip-compressed or not) as a uint8 tensor `[n, 28, 28]`, with
/// the labels from the file beside it as an int64 tensor `[n]`: the labels file has the images file's name with
/// `images` read as `labels` and `idx3` as `idx1` (`train-images-idx3-ubyte.gz` ->
/// `train-labels-idx1-ubyte.gz`), compressed or not.
///
/// Throws a ``DataError`` naming the file when a file is missing, has the wrong magic number (2051 for images,
/// 2049 for labels), is truncated or longer than its header says, or when the two files hold different counts.
/// Reports the images read to `progress` (`loading train-images-idx3-ubyte.gz`).
///
/// ```swift
/// let (images, labels) = try loadMNIST(Path("mnist/train-images-idx3-ubyte.gz"))
/// images.shape  // [60000, 28, 28]
/// labels.shape  // [60000]
/// ```
public func loadMNIST(_ images: Path, progress: (any ProgressReporter)? = nil) throws -> LabelledImages {
    let imageFile = try IDXFile(contentsOf: images.string, magic: IDXFile.imagesMagic, progress: progress)
    return try mnistTensors(imageFile, labels: labelsFile(besideImages: images))
}

/// ``loadMNIST(_:progress:)-(Path,_)`` with the images file given as text.
///
/// ```swift
/// let (images, labels) = try loadMNIST("mnist/t10k-images-idx3-ubyte.gz")
/// ```
public func loadMNIST(_ images: String, progress: (any ProgressReporter)? = nil) throws -> LabelledImages {
    try loadMNIST(Path(images), progress: progress)
}

/// The images and labels of two MNIST IDX files named explicitly; the images read are reported to `progress`.
///
/// ```swift
/// let (x, y) = try loadMNIST(images: Path("a/images.idx3"), labels: Path("a/labels.idx1"))
/// ```
public func loadMNIST(images: Path, labels: Path, progress: (any ProgressReporter)? = nil) throws -> LabelledImages {
    try mnistTensors(
        IDXFile(contentsOf: images.string, magic: IDXFile.imagesMagic, progress: progress), labels: labels)
}

/// The tensors of an images file already read and of the labels file `labels`, checked to hold the same count.
private func mnistTensors(_ imageFile: IDXFile, labels: Path) throws -> LabelledImages {
    let labelFile = try IDXFile(contentsOf: labels.string, magic: IDXFile.labelsMagic)
    guard imageFile.shape[0] == labelFile.shape[0] else {
        throw DataError(
            path: labels.string,
            reason: "\(labelFile.shape[0]) labels for the \(imageFile.shape[0]) images of \(imageFile.path)")
    }
    return (
        try Tensor(shape: imageFile.shape, elements: imageFile.bytes),
        try Tensor(shape: labelFile.shape, elements: labelFile.bytes.map(Int64.init))
    )
}

/// The labels file beside `images`: `images` -> `labels` and `idx3` -> `idx1` in the name, with or without `.gz`.
func labelsFile(besideImages images: Path) throws(DataError) -> Path {
    let name = images.name.replacing("images", with: "labels").replacing("idx3", with: "idx1")
    let plain = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
    let candidates = [name, plain, plain + ".gz"].map { images.parent / $0 }
    if name != images.name, let found = candidates.first(where: \.exists) { return found }
    throw DataError(
        path: images.string,
        reason: "no labels file beside it (looked for \(plain) and \(plain).gz); pass it as loadMNIST(images:labels:)")
}
