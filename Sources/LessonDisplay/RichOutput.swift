/// Something a cell shows beyond text: an image, a grid of images, a shaded table, a plot, a training table.
///
/// The bindings that produce it (`showImage`, `showTable`, `plot`...) print its ``textForm`` into the cell's
/// output, where `lesson check` compares it; the HTML renderer draws the output itself in that place.
///
/// ```swift
/// let output = RichOutput.image(try ImageDisplay(width: 28, height: 28, channels: 1, samples: .doubles(mean3)))
/// output.textForm  // "[image 28x28 #a41f09]"
/// ```
public enum RichOutput: Sendable, Equatable {
    /// One image (`showImage`).
    case image(ImageDisplay)
    /// Images in a grid of `rows` by `columns`, filled row by row (`showImages`).
    case imageGrid([ImageDisplay], rows: Int, columns: Int)
    /// A shaded table of numbers (`showTable`).
    case table(TableDisplay)
    /// A plot (`plot`, `scatter`, `plotFunction`); one per cell.
    case figure(Figure)
    /// fast.ai's training table (`learn.fit`).
    case trainingTable(TrainingTable)
}
