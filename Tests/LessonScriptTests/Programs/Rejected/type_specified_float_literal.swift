let epochs = 3
let ratio: Int = 2.5
print(epochs * ratio)
