let name = "mnist"
let ratio: Double = name.count
print(ratio)
