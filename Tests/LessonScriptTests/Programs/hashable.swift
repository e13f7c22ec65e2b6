// Hashable: synthesized for structs and enums, hand-written hash(into:) with ==, and values used as Set members
// and Dictionary keys.
struct Cell: Hashable {
    let row: Int
    let column: Int
}

enum Piece: Hashable {
    case pawn, rook
    case custom(String)
}

struct Word: Hashable {
    let text: String
    static func == (lhs: Word, rhs: Word) -> Bool { lhs.text.lowercased() == rhs.text.lowercased() }
    func hash(into hasher: inout Hasher) { hasher.combine(text.lowercased()) }
}

var board: [Cell: Piece] = [:]
board[Cell(row: 0, column: 0)] = .rook
board[Cell(row: 1, column: 0)] = .pawn
board[Cell(row: 1, column: 1)] = .custom("wizard")
board[Cell(row: 0, column: 0)] = .custom("king")
print(board.count, board[Cell(row: 0, column: 0)]!, board[Cell(row: 5, column: 5)] == nil)
let occupied = board.keys.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
print(occupied.map { "\($0.row),\($0.column)" })

var seen = Set<Cell>()
for (row, column) in [(0, 0), (1, 1), (0, 0), (2, 1), (1, 1)] {
    let (inserted, _) = seen.insert(Cell(row: row, column: column))
    print(inserted, terminator: " ")
}
print(seen.count)

let pieces: Set<Piece> = [.pawn, .rook, .pawn, .custom("a"), .custom("a"), .custom("b")]
print(pieces.count, pieces.contains(.custom("b")), pieces.contains(.custom("c")))

let words = ["Swift", "swift", "SWIFT", "Tensor", "tensor", "grad"].map { Word(text: $0) }
let unique = Set(words)
print(unique.count, unique.contains(Word(text: "GRAD")))
var counts: [Word: Int] = [:]
for word in words { counts[word, default: 0] += 1 }
print(counts[Word(text: "swift")]!, counts[Word(text: "TENSOR")]!, counts[Word(text: "Grad")]!)

struct Edge: Hashable {
    let from: String
    let to: String
}
let edges = [Edge(from: "a", to: "b"), Edge(from: "b", to: "c"), Edge(from: "a", to: "b")]
let distinct = Set(edges)
let outgoing = Dictionary(grouping: distinct, by: { $0.from }).mapValues { $0.count }
print(distinct.count, outgoing.sorted { $0.key < $1.key }.map { "\($0.key)->\($0.value)" })
print(Cell(row: 1, column: 2) == Cell(row: 1, column: 2), Word(text: "X") == Word(text: "x"))
