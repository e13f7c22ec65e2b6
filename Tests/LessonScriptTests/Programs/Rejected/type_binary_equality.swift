let n = 3
let d = 3.0
print(n == d)
