let names: [String]? = ["three"]
let count: Int = names?.count
print(count)
