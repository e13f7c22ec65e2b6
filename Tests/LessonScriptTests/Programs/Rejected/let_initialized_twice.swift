struct Config {
    let epochs = 3
    init(epochs: Int) {
        self.epochs = epochs
    }
}
print(Config(epochs: 5).epochs)
