let name = "MNIST"
let y: Int = "s"
print(name, y)
