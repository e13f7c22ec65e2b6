class Trainer {
    var epochs: Int
    var lr: Double
    func describe() -> String { "\(epochs) epochs at \(lr)" }
}
print(Trainer().describe())
