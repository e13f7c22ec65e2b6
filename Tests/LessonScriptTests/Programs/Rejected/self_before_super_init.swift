class Layer {
    var name: String
    init(name: String) { self.name = name }
}
class Dense: Layer {
    let units: Int
    init(units: Int) {
        self.units = units
        print(name)
        super.init(name: "dense")
    }
}
print(Dense(units: 3).units)
