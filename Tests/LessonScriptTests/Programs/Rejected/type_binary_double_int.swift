let d = 2.5
let n = 3
let s = d + n
print(s)
