// Trailing closures: labelled closure parameters, multiple trailing closures, and closures as values.
import Foundation

func train(epochs: Int, lossAt: (Int) -> Double, onEpoch: (Int, Double) -> Void, completion: () -> Void) {
    for e in 1...epochs {
        onEpoch(e, lossAt(e))
    }
    completion()
}

train(epochs: 3) { epoch in
    1.0 / Double(epoch)
} onEpoch: { epoch, loss in
    print("epoch", epoch, "loss", loss)
} completion: {
    print("done")
}

func retry(times: Int, delay: Double = 0, _ body: (Int) throws -> Bool) rethrows -> Int {
    for attempt in 1...times where try body(attempt) {
        return attempt
    }
    return -1
}

print(retry(times: 5) { $0 * $0 > 10 })
let xs = [5, 3, 8, 1, 9, 2]
print(xs.first { $0 > 6 } ?? 0, xs.last { $0 < 3 } ?? 0)
print(xs.sorted { $0 > $1 }, xs.contains { $0 % 7 == 0 }, xs.filter { $0.isMultiple(of: 2) })
print(xs.map { $0 * 2 }.reduce(0) { $0 + $1 }, xs.min { abs($0 - 4) < abs($1 - 4) }!)
let transforms: [(Int) -> Int] = [{ $0 + 1 }, { $0 * 10 }, { -$0 }]
print(transforms.reduce(3) { value, f in f(value) })
func apply(_ values: [Double], using f: (Double) -> Double = { $0 }) -> [Double] { values.map(f) }
print(apply([1, 4, 9]), apply([1, 4, 9]) { $0.squareRoot() }, apply([2], using: sqrt))
let sortedWords = ["banana", "fig", "apple"].sorted(by: <)
print(sortedWords, ["banana", "fig", "apple"].sorted { $0.count < $1.count })
