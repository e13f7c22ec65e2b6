/// Builds a lesson's model from its lines: front matter, then libcmark's code blocks sorted into cells, output
/// blocks and prose, then the prose runs between cells.
struct LessonParser {
    private(set) var frontMatter: FrontMatter?
    private(set) var cells: [Cell] = []
    private(set) var parts: [LessonPart] = []
    private(set) var diagnostics: [Diagnostic] = []

    /// A cell whose output block may still follow.
    private var pending: (block: FencedBlock, options: CellOptions)?

    init(lines: SourceLines) {
        frontMatter = FrontMatter.parse(lines, diagnostics: &diagnostics)
        let lineOffset = frontMatter?.endLine ?? 0
        let markdownStart = lines.span(lineOffset + 1)?.start ?? lines.bytes.count
        for codeBlock in markdownCodeBlocks(lines.bytes[markdownStart...]) {
            guard let block = FencedBlock(codeBlock, in: lines, lineOffset: lineOffset) else { continue }
            switch codeBlock.info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first {
            case "swift": openCell(block, lines: lines)
            case "output": attachOutput(block, lines: lines)
            default: closeCell(before: block)
            }
        }
        finishCell()
        parts = Self.parts(of: cells, lines: lines, firstLine: lineOffset + 1)
    }

    private mutating func openCell(_ block: FencedBlock, lines: SourceLines) {
        finishCell()
        if !block.isClosed {
            diagnostics.append(Diagnostic(.error, "this cell's fence is never closed", at: block.location))
        }
        pending = (
            block,
            CellOptions(
                words: Self.optionWords(of: block, lines: lines), line: block.startLine, diagnostics: &diagnostics)
        )
    }

    private mutating func attachOutput(_ block: FencedBlock, lines: SourceLines) {
        if !block.isClosed {
            diagnostics.append(Diagnostic(.error, "this output block's fence is never closed", at: block.location))
        }
        guard let cell = pending, cell.block.isClosed,
            (cell.block.endLine + 1..<block.startLine).allSatisfy(lines.isBlank)
        else {
            let message = "this `output` block does not follow a cell (only blank lines may separate them); it is prose"
            diagnostics.append(Diagnostic(.warning, message, at: block.location))
            return
        }
        cells.append(Cell(index: cells.count, block: cell.block, options: cell.options, output: block))
        pending = nil
    }

    private mutating func closeCell(before block: FencedBlock) {
        finishCell()
        if !block.isClosed {
            let message = "this fence is never closed; everything after it in its container is code"
            diagnostics.append(Diagnostic(.warning, message, at: block.location))
        }
    }

    private mutating func finishCell() {
        guard let cell = pending else { return }
        cells.append(Cell(index: cells.count, block: cell.block, options: cell.options, output: nil))
        pending = nil
    }

    /// The info string's words after `swift`, each with its 1-based byte column in the opening fence line.
    private static func optionWords(of block: FencedBlock, lines: SourceLines) -> [(text: String, column: Int)] {
        guard let span = lines.span(block.startLine) else { return [] }
        var words: [(text: String, column: Int)] = []
        var index = block.openingFence.upperBound
        while index < span.contentEnd {
            if FenceRun.isSpace(lines.bytes[index]) {
                index += 1
                continue
            }
            let word = lines.bytes[index..<span.contentEnd].prefix { !FenceRun.isSpace($0) }
            words.append((String(decoding: word, as: UTF8.self), index - span.start + 1))
            index += word.count
        }
        return Array(words.dropFirst())
    }

    /// The runs of lines outside cells and their output blocks; runs of blank lines only are left out.
    private static func parts(of cells: [Cell], lines: SourceLines, firstLine: Int) -> [LessonPart] {
        var parts: [LessonPart] = []
        var nextLine = firstLine
        func addProse(through lastLine: Int) {
            defer { nextLine = max(nextLine, lastLine + 1) }
            guard nextLine <= lastLine, !(nextLine...lastLine).allSatisfy(lines.isBlank),
                let first = lines.span(nextLine), let last = lines.span(lastLine)
            else { return }
            let text = String(decoding: lines.bytes[first.start..<last.end], as: UTF8.self)
            parts.append(
                .prose(Prose(text: text, startLine: nextLine, endLine: lastLine, byteRange: first.start..<last.end)))
        }
        for cell in cells {
            addProse(through: cell.block.startLine - 1)
            parts.append(.cell(cell))
            nextLine = (cell.output ?? cell.block).endLine + 1
        }
        addProse(through: lines.count)
        return parts
    }
}
