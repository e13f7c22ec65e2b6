let n = 3
let r = 0.5...n
print(r)
