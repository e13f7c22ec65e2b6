// Errors while training: an Error enum with payloads, catch patterns, try? and try!.
enum TrainingError: Error, CustomStringConvertible {
    case emptyBatch
    case diverged(loss: Double)
    case badLearningRate(Double)

    var description: String {
        switch self {
        case .emptyBatch: return "the batch is empty"
        case .diverged(let loss): return "loss diverged to \(loss)"
        case .badLearningRate(let lr): return "bad learning rate \(lr)"
        }
    }
}

struct ShapeError: Error {
    let expected: Int
    let got: Int
}

func meanLoss(_ batch: [Double]) throws -> Double {
    guard !batch.isEmpty else { throw TrainingError.emptyBatch }
    let m = batch.reduce(0, +) / Double(batch.count)
    if m > 100 { throw TrainingError.diverged(loss: m) }
    return m
}

func check(lr: Double) throws -> Double {
    if lr <= 0 || lr > 1 { throw TrainingError.badLearningRate(lr) }
    return lr
}

func dot(_ a: [Double], _ b: [Double]) throws -> Double {
    guard a.count == b.count else { throw ShapeError(expected: a.count, got: b.count) }
    return zip(a, b).map { $0 * $1 }.reduce(0, +)
}

let batches: [[Double]] = [[1, 2, 3], [], [500, 900], [0.5]]
for batch in batches {
    do {
        let loss = try meanLoss(batch)
        print("loss", loss)
    } catch TrainingError.diverged(let loss) where loss > 600 {
        print("badly diverged:", loss)
    } catch let error as TrainingError { print("training error:", error) } catch { print("other", error) }
}
print(try? check(lr: 2) as Any, (try? check(lr: 0.1)) ?? 0)
print(try! check(lr: 0.5))
do {
    print(try dot([1, 2], [3, 4]))
    print(try dot([1, 2], [3]))
} catch let e as ShapeError {
    print("shape error: expected \(e.expected), got \(e.got)")
} catch {
    print("unexpected")
}
func total(_ batches: [[Double]]) throws -> Double {
    var sum = 0.0
    for b in batches { sum += try meanLoss(b) }
    return sum
}
if let t = try? total([[1], [2, 4]]) { print("total", t) }
let failed = (try? total(batches)) == nil
print("failed:", failed)
do {
    _ = try total([[1], []])
} catch TrainingError.emptyBatch {
    print("empty batch found")
} catch {
    print(error)
}
