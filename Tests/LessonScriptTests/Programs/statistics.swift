// Descriptive statistics on arrays of Doubles: an extension where Element == Double with median, quantiles,
// standard deviation and a text histogram built with stride and String(repeating:).
extension Array where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }

    var median: Double {
        let ordered = sorted()
        let middle = count / 2
        return count % 2 == 0 ? (ordered[middle - 1] + ordered[middle]) / 2 : ordered[middle]
    }

    var standardDeviation: Double {
        let m = mean
        let squares = map { ($0 - m) * ($0 - m) }
        return (squares.reduce(0, +) / Double(count - 1)).squareRoot()
    }

    func quantile(_ q: Double) -> Double {
        let ordered = sorted()
        let position = q * Double(count - 1)
        let lower = Int(position)
        let fraction = position - Double(lower)
        guard lower + 1 < count else { return ordered[lower] }
        return ordered[lower] + fraction * (ordered[lower + 1] - ordered[lower])
    }

    func histogram(from low: Double, to high: Double, bins: Int) -> [Int] {
        let width = (high - low) / Double(bins)
        var counts = [Int](repeating: 0, count: bins)
        for value in self where value >= low && value < high {
            counts[Int((value - low) / width)] += 1
        }
        return counts
    }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: Swift.max(0, width - count)) }
}

let latencies: [Double] = [12.1, 15.3, 11.8, 30.2, 14.4, 13.9, 12.7, 45.0, 16.1, 14.0, 13.3, 12.9]
print(latencies.count, latencies.mean, latencies.median)
print(latencies.standardDeviation)
print(latencies.quantile(0.25), latencies.quantile(0.5), latencies.quantile(0.9), latencies.quantile(1))
let bins = latencies.histogram(from: 10, to: 50, bins: 8)
print(bins, bins.reduce(0, +))
for (index, start) in stride(from: 10.0, to: 50.0, by: 5.0).enumerated() {
    let bar = String(repeating: "#", count: bins[index])
    print("\(Int(start))-\(Int(start + 5))".padding(8), bar)
}
let outliers = latencies.filter { abs($0 - latencies.mean) > 2 * latencies.standardDeviation }
print(outliers, latencies.filter { !outliers.contains($0) }.mean)
let normalized = latencies.map { ($0 - latencies.min()!) / (latencies.max()! - latencies.min()!) }
print(normalized.min()!, normalized.max()!, normalized.filter { $0 > 0.5 }.count)
