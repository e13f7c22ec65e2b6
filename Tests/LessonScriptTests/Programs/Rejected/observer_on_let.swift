struct Model {
    let size = 3 {
        didSet { print(size) }
    }
}
