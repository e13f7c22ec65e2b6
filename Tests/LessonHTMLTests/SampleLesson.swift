import LessonDisplay
import LessonDocument
import LessonHTML
import LessonLibrary
import LessonScript

/// A lesson like the MNIST notes, run for real: prose with tags, 10 images, 2 pixel tables, 3 plots, a
/// training-like table of text, and a failing cell.
enum SampleLesson {
    static let text = """
        ---
        title: Pixel similarity
        seed: 42
        ---
        # Pixel similarity

        Important names: Yann Lecun #person, Geoffrey Hinton #person.

        ## Images

        Every image is random noise shaped like an MNIST digit; `showImage` maps it through *Greys*.

        ```swift
        let images = (0..<10).map { _ in rand([28, 28]) }
        for (index, image) in images.enumerated() {
            showImage(image, title: "noise \\(index)")
        }
        ```

        ## Pixel tables

        ```swift
        let digit = (rand([28, 28]) * 255).byte()
        showTable(digit[4..<15, 4..<22], gradient: "Greys", fontSize: 6)
        showTable(images[0][..<6, ..<8])
        ```

        ## Plots

        ```swift
        func f(_ x: Tensor) -> Tensor { x ** 2 }
        plotFunction(f, tx: "x", ty: "x**2", title: "A parabola")
        scatter(-1.5, f(tensor(-1.5)), color: "red")
        ```

        ```swift
        plotFunction(sigmoid, title: "Sigmoid", min: -4, max: 4)
        ```

        ```swift hide-code
        plot([0.9, 0.6, 0.45, 0.4, 0.38], label: "train")
        plot([0.8, 0.55, 0.5, 0.49, 0.5], label: "valid")
        title("Loss")
        xlabel("epoch")
        ```

        ## A mistake

        ```swift
        let missing = undefinedName + 1
        ```

        """

    /// The lesson run cell by cell, each cell's results mapped for the page.
    static func run(_ lesson: Lesson) -> [RenderedCell] {
        let environment = LessonLibrary.makeLesson(seed: 42)
        return lesson.cells.map { cell in
            let origin = SourceOrigin(file: "sample.md", line: cell.block.bodyStart.line)
            let result = environment.session.run(cell.source, origin: origin)
            let displays = environment.displays.finishCell(text: result.text)
            return RenderedCell(
                index: cell.index, text: displays.text, outputs: displays.outputs,
                error: result.error.map { "sample.md:\($0.position?.line ?? cell.location.line): error: \($0.message)" }
            )
        }
    }
}
