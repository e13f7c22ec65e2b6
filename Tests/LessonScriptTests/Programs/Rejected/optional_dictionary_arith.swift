var counts: [String: Int] = ["cat": 2]
let next = counts["cat"] + 1
print(next)
