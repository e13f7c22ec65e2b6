final class Model {
    let size: Int
    init(size: Int) { self.size = size }
}
let model = Model(size: 3)
model.size = 4
