struct Tracker {
    var best = 1.0 {
        didSet { print("best now", best) }
    }
    let epochs: Int
}
var tracker = Tracker(epochs: 3)
tracker.best = 0.5
tracker.epochs = 4
