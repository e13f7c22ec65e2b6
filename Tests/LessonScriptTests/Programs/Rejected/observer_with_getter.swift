class Model {
    var stored = 0
    var weight: Double {
        get { Double(stored) }
        didSet { print("changed") }
    }
}
print(Model().weight)
