struct Defaults {
    static let learningRate: Double
}
print(Defaults.learningRate)
