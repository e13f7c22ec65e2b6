struct Config {
    static let epochs = 10
}
let half: Double = Config.epochs / 2
print(half)
