/// The data sets lessons can name, by fast.ai's download addresses (`URLs.MNIST_SAMPLE`).
///
/// The address only names the data set: ``untarData(_:locations:progress:)`` never downloads; it finds the folder named
/// after the address's file (`mnist_sample` for `.../mnist_sample.tgz`) among the local data folders.
///
/// ```swift
/// let path = try untarData(URLs.mnistSample)
/// ```
public enum URLs {
    /// fast.ai's MNIST_SAMPLE: 28x28 grayscale PNGs of the digits 3 and 7 in `train/3`, `train/7`, `valid/3`,
    /// `valid/7`.
    ///
    /// ```swift
    /// URLs.mnistSample  // "https://s3.amazonaws.com/fast-ai-sample/mnist_sample.tgz"
    /// ```
    public static let mnistSample = "https://s3.amazonaws.com/fast-ai-sample/mnist_sample.tgz"

    /// fast.ai's MNIST: all ten digits as 28x28 grayscale PNGs in `training/0` ... `training/9` (60,000) and
    /// `testing/0` ... `testing/9` (10,000), in the folder `mnist_png` (the archive `mnist_png.tgz`).
    ///
    /// ```swift
    /// URLs.mnist  // "https://s3.amazonaws.com/fast-ai-imageclas/mnist_png.tgz"
    /// ```
    public static let mnist = "https://s3.amazonaws.com/fast-ai-imageclas/mnist_png.tgz"
}
