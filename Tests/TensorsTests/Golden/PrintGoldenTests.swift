import Tensors
import Testing

/// Every tensor of `print_goldens.json` prints exactly as PyTorch printed it.
@Test(arguments: PrintGolden.all)
func printsAsPyTorch(_ golden: PrintGolden) throws {
    let tensor = try golden.makeTensor()
    #expect(tensor.formatted(options: golden.printOptions) == golden.repr, "\(golden.python)")
}

@Test func goldenFileCoversEnoughCases() {
    #expect(PrintGolden.all.count >= 80)
}
