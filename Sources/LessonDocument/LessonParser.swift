/// Builds a lesson's model from its lines: front matter, then libcmark's tree, whose code blocks are sorted into
/// cells, output blocks and prose, then the prose runs between cells.
struct LessonParser {
    private(set) var frontMatter: FrontMatter?
    private(set) var markdown = MarkdownTree(steps: [])
    private(set) var cells: [Cell] = []
    private(set) var parts: [LessonPart] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// What each code block of the tree is, in document order.
    private var roles: [CodeBlockRole] = []

    /// The cell being read, which output blocks may still follow.
    private var pending: PendingCell?
    /// The test flags the front matter declares (`flags: [slow]`).
    private var declaredFlags: Set<String> = []

    private struct PendingCell {
        var block: FencedBlock
        var options: CellOptions
        var containerID: Int
        var outputs: [FencedBlock] = []
    }

    init(lines: SourceLines) {
        frontMatter = FrontMatter.parse(lines, diagnostics: &diagnostics)
        declaredFlags = DeclaredFlags.read(from: frontMatter, diagnostics: &diagnostics)
        let lineOffset = frontMatter?.endLine ?? 0
        let markdownStart = lines.span(lineOffset + 1)?.start ?? lines.bytes.count
        let (tree, codeBlocks) = Cmark.parse(lines.bytes[markdownStart...])
        markdown = tree
        for codeBlock in codeBlocks {
            roles.append(.prose)
            guard let block = FencedBlock(codeBlock, in: lines, lineOffset: lineOffset) else { continue }
            switch codeBlock.info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first {
            case "swift": openCell(block, containerID: codeBlock.containerID, lines: lines)
            case "output": attachOutput(block, containerID: codeBlock.containerID, lines: lines)
            default: closeCell(before: block)
            }
        }
        finishCell()
        parts = Self.parts(of: cells, lines: lines, firstLine: lineOffset + 1)
        markdown.steps = Self.marking(markdown.steps, with: roles)
    }

    private mutating func openCell(_ block: FencedBlock, containerID: Int, lines: SourceLines) {
        finishCell()
        if !block.isClosed {
            diagnostics.append(Diagnostic(.error, "this cell's fence is never closed", at: block.location))
        }
        let words = Self.optionWords(of: block, lines: lines)
        let options = CellOptions(
            words: words, line: block.startLine, declaredFlags: declaredFlags, diagnostics: &diagnostics)
        pending = PendingCell(block: block, options: options, containerID: containerID)
        roles[roles.count - 1] = .cell(cells.count)
    }

    /// An output block belongs to the cell before it when both are in the same container with only blank
    /// lines between (after the cell, or after the cell's earlier output blocks).
    private mutating func attachOutput(_ block: FencedBlock, containerID: Int, lines: SourceLines) {
        if !block.isClosed {
            diagnostics.append(Diagnostic(.error, "this output block's fence is never closed", at: block.location))
        }
        guard var cell = pending, cell.containerID == containerID, case let previous = cell.outputs.last ?? cell.block,
            previous.isClosed, (previous.endLine + 1..<block.startLine).allSatisfy(lines.isBlank)
        else {
            let message = "this `output` block does not follow a cell (only blank lines may separate them); it is prose"
            diagnostics.append(Diagnostic(.warning, message, at: block.location))
            return
        }
        if !cell.outputs.isEmpty {
            let message = "a cell has one output block; this extra one is ignored and removed by `lesson update`"
            diagnostics.append(Diagnostic(.warning, message, at: block.location))
        }
        cell.outputs.append(block)
        pending = cell
        roles[roles.count - 1] = .output(cell: cells.count)
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
        let extraOutputs = Array(cell.outputs.dropFirst())
        cells.append(
            Cell(
                index: cells.count, block: cell.block, options: cell.options, output: cell.outputs.first,
                extraOutputs: extraOutputs))
        pending = nil
    }

    /// The walk with each code block given its role, in order.
    private static func marking(_ steps: [MarkdownStep], with roles: [CodeBlockRole]) -> [MarkdownStep] {
        var roles = roles.makeIterator()
        return steps.map { step in
            guard case .leaf(.codeBlock(let info, let literal, _)) = step, let role = roles.next() else { return step }
            return .leaf(.codeBlock(info: info, literal: literal, role: role))
        }
    }

    /// The info string's words after `swift`, each with its 1-based byte column in the opening fence line.
    private static func optionWords(of block: FencedBlock, lines: SourceLines) -> [(text: String, column: Int)] {
        guard let span = lines.span(block.startLine) else { return [] }
        var words: [(text: String, column: Int)] = []
        var index = block.openingFence.upperBound
        while index < span.contentEnd {
            if isSpaceOrTab(lines.bytes[index]) {
                index += 1
                continue
            }
            let word = lines.bytes[index..<span.contentEnd].prefix { !isSpaceOrTab($0) }
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
            nextLine = cell.lastBlock.endLine + 1
        }
        addProse(through: lines.count)
        return parts
    }
}
