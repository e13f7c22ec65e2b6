// A deck of cards: CaseIterable, Comparable and Hashable enums and structs, building, sorting, grouping and
// dealing deterministically.
enum Suit: String, CaseIterable, Comparable {
    case clubs = "♣", diamonds = "♦", hearts = "♥", spades = "♠"
    static func < (lhs: Suit, rhs: Suit) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

enum Rank: Int, CaseIterable, Comparable {
    case two = 2, three, four, five, six, seven, eight, nine, ten, jack, queen, king, ace
    static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    var symbol: String {
        switch self {
        case .jack: return "J"
        case .queen: return "Q"
        case .king: return "K"
        case .ace: return "A"
        default: return String(rawValue)
        }
    }
}

struct Card: Hashable, Comparable, CustomStringConvertible {
    let rank: Rank
    let suit: Suit
    var description: String { rank.symbol + suit.rawValue }
    static func < (lhs: Card, rhs: Card) -> Bool {
        (lhs.rank, lhs.suit) < (rhs.rank, rhs.suit)
    }
}

let deck = Suit.allCases.flatMap { suit in Rank.allCases.map { Card(rank: $0, suit: suit) } }
print(deck.count, deck.first!, deck.last!, Set(deck).count)

var shuffled: [Card] = []
var index = 0
for _ in deck {
    index = (index + 17) % deck.count
    shuffled.append(deck[index])
}
print(Set(shuffled).count, shuffled.prefix(5))
let hand = Array(shuffled.prefix(7)).sorted()
print(hand, hand.max()!, hand.min()!)
let bySuit = Dictionary(grouping: hand) { $0.suit }
for suit in bySuit.keys.sorted() {
    print(suit, bySuit[suit]!.map { $0.rank.symbol })
}
let faceCards = hand.filter { $0.rank >= .jack && $0.rank != .ace }
print(faceCards, hand.contains(Card(rank: .ace, suit: .spades)))
let points = hand.reduce(0) { total, card in total + min(card.rank.rawValue, 10) }
print(points, Rank.allCases.filter { $0 > .ten }.map { $0.symbol }, Suit.hearts > .clubs)
