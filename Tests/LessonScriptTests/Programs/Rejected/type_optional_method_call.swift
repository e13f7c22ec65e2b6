let names = ["three", "seven"]
let name = names.first
print(name.uppercased())
