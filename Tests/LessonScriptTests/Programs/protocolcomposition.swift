// Protocol inheritance and composition: a protocol refining others, `P & Q` parameters, and checks with is/as?.
protocol Identifiable2 {
    var id: Int { get }
}

protocol Priced {
    var price: Double { get }
}

protocol Product: Identifiable2, Priced {
    var title: String { get }
}

extension Product {
    var label: String { "#\(id) \(title): \(price)" }
}

struct Book: Product {
    let id: Int
    let title: String
    let price: Double
    let pages: Int
}

struct Gift: Priced {
    let price: Double
}

struct Voucher: Identifiable2, Priced {
    let id: Int
    let price: Double
}

func receipt(_ item: any Identifiable2 & Priced) -> String {
    "item \(item.id) costs \(item.price)"
}

func total(_ items: [any Priced]) -> Double {
    items.reduce(0) { $0 + $1.price }
}

let book = Book(id: 1, title: "Deep Learning", price: 49.5, pages: 800)
let voucher = Voucher(id: 7, price: 20)
print(book.label)
print(receipt(book), receipt(voucher), separator: " | ")

let basket: [any Priced] = [book, Gift(price: 5.25), voucher]
print(total(basket))
for item in basket {
    var kinds: [String] = []
    if item is any Product { kinds.append("product") }
    if item is any Identifiable2 { kinds.append("identified") }
    if let book = item as? Book { kinds.append("book of \(book.pages) pages") }
    print(kinds.isEmpty ? "plain" : kinds.joined(separator: ", "))
}
let identified = basket.compactMap { $0 as? any Identifiable2 }
print(identified.map { $0.id })
let products = basket.compactMap { $0 as? any Product }
print(products.map { $0.label })
