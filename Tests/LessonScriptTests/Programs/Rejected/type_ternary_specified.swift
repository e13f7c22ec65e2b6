let flag = true
let x: Int = flag ? 1.5 : 2.5
print(x)
