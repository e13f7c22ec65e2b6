import Foundation
import Testing

@testable import Tensors

/// `description` and `setPrintOptions` work on the calling thread's options; printing reads only what it shows.
@Suite struct TensorDescriptionTests {
    /// Runs `body` with this thread's print options restored afterwards (test threads are reused).
    private func withSavedPrintOptions(_ body: () -> Void) {
        let saved = TensorContext.current.printOptions
        defer { TensorContext.current.printOptions = saved }
        body()
    }

    @Test func descriptionUsesTheThreadsPrintOptions() throws {
        let t = try tensor([1.12345, 2.5])
        let matrix = try tensor([[1, 2, 3], [4, 5, 6]])
        withSavedPrintOptions {
            #expect(t.description == "tensor([1.1235, 2.5000])")
            #expect(matrix.description == "tensor([[1, 2, 3],\n        [4, 5, 6]])")
            setPrintOptions(precision: 2)
            #expect("\(t)" == "tensor([1.12, 2.50])")
        }
    }

    @Test func setPrintOptionsResetsScientificModeAsPyTorchDoes() {
        withSavedPrintOptions {
            setPrintOptions(linewidth: 200, sciMode: true)
            #expect(TensorContext.current.printOptions.scientificMode == true)
            setPrintOptions(precision: 2)
            #expect(TensorContext.current.printOptions.scientificMode == nil)
            #expect(TensorContext.current.printOptions.lineWidth == 200)
        }
    }

    @Test func tensorsInsideCollectionsShowTheirPyTorchForm() throws {
        let pair = [try tensor(1), try tensor(0.5)]
        #expect("\(pair)" == "[tensor(1), tensor(0.5000)]")
    }

    @Test func negativeEdgeItemsShowNoEdgesInsteadOfFailing() throws {
        var options = PrintOptions()
        options.edgeItems = -2
        let text = try arange(2000).formatted(options: options)
        #expect(text == "tensor([...], size=(2000,))")
    }

    @Test func summarisedPrintReadsOnlyTheShownElements() throws {
        let images = try zeros([6131, 28, 28], dtype: .uint8)
        #expect(images.displayedValues(summarize: true, edgeItems: 3).count == 216)
        let start = ContinuousClock.now
        let text = images.description
        #expect(ContinuousClock.now - start < .milliseconds(500))
        #expect(text.hasSuffix("[0, 0, 0,  ..., 0, 0, 0]]], dtype=torch.uint8)"))
    }

    @Test func fullImagePrintsQuickly() throws {
        var options = PrintOptions()
        options.lineWidth = 200
        let image = try rand([28, 28])
        let start = ContinuousClock.now
        let text = image.formatted(options: options)
        #expect(ContinuousClock.now - start < .milliseconds(500))
        #expect(text.components(separatedBy: "],\n").count == 28)
    }
}
